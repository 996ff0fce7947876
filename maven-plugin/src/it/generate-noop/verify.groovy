def log = new File(basedir, 'build.log').text
// The second generate: no work.
assert log.contains('bytecodedsl: generated code is up to date (no work)') : log
assert new File(basedir, 'target/generated-docs/bytecodedsl/instructions.md').isFile()
// The help goal describes generate's parameters.
assert log.contains('bytecodedsl:generate') : log
assert log.contains('packageName') : log
return true
