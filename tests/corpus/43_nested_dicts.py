# Nested dicts and lists: a small in-memory "database".

people = {
    "alice": {"age": 30, "langs": ["python", "java"]},
    "bob": {"age": 25, "langs": ["c"]},
}
people["carol"] = {"age": 35, "langs": []}
people["carol"]["langs"].append("rust")
people["bob"]["age"] += 1
print(people)

for name, info in people.items():
    print(name, info["age"], len(info["langs"]), ",".join(info["langs"]))

by_lang = {}
for name, info in people.items():
    for lang in info["langs"]:
        if lang not in by_lang:
            by_lang[lang] = []
        by_lang[lang].append(name)
print(by_lang)

config = {"server": {"host": "localhost", "ports": {"http": 80, "https": 443}}}
print(config["server"]["ports"]["https"])
config["server"]["ports"]["http"] = 8080
print(config)
print(config.get("client", {}).get("host", "none"))
