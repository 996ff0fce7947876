def log = new File(basedir, 'build.log').text
assert new File(basedir, 'docs/instructions.md').isFile()
assert new File(basedir, 'src/main/java/dev/bytecodedsl/generated/Opcodes.java').isFile()
assert new File(basedir, 'src/main/java/dev/bytecodedsl/generated/Opcodes.java').text.contains('SWAP')
assert log.contains('wrote   ')
assert !log.contains('up to date (no work)')
assert new File(basedir, 'target/bytecodedsl/generate.stamp').isFile()
return true
