def log = new File(basedir, 'build.log').text
assert log.contains('bytecodedsl: generated code is up to date (no work)')
assert new File(basedir, 'target/generated-docs/bytecodedsl/instructions.md').isFile()
return true
