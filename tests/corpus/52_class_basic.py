# A simple class: __init__, attributes, methods that read and update state,
# and attributes added after construction.


class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.log = []

    def deposit(self, amount):
        self.balance += amount
        self.log.append("deposit " + str(amount))

    def withdraw(self, amount):
        if amount > self.balance:
            self.log.append("refused " + str(amount))
            return False
        self.balance -= amount
        self.log.append("withdraw " + str(amount))
        return True

    def describe(self):
        return self.owner + ": " + str(self.balance)


acct = Account("ann")
acct.deposit(100)
print(acct.withdraw(30), acct.withdraw(500))
print(acct.describe())
print(acct.log)
other = Account("bob", 7.5)
print(other.describe(), other.balance, other.owner)
other.nickname = "bobby"
print(other.nickname)
other.balance = other.balance * 2
print(other.describe())
print(acct.balance + other.balance)
