def log = new File(basedir, 'build.log').text
def gen = 'target/generated-sources/bytecodedsl/org/example/toyvm/'
// Java in the chosen package under target/, registered as a compile source root and compiled.
assert new File(basedir, gen + 'Opcodes.java').text.contains('package org.example.toyvm;')
assert new File(basedir, gen + 'Opcodes.java').text.contains('run: mvn generate-sources')
assert new File(basedir, gen + 'jit/JitHelpers.java').isFile()
assert new File(basedir, 'target/classes/org/example/toyvm/Opcodes.class').isFile()
assert new File(basedir, 'target/classes/org/example/toyvm/UopCell.class').isFile()
assert new File(basedir, 'target/classes/org/example/toyvm/Main.class').isFile()
assert new File(basedir, 'target/generated-docs/bytecodedsl/instructions.md').isFile()
assert new File(basedir, 'target/bytecodedsl/manifest.txt').text.contains('metadata ../generated-sources/bytecodedsl/org/example/toyvm/Opcodes.java')
// Nothing of the user's project is touched; no dev.bytecodedsl package, no cache in the project root.
assert new File(basedir, 'docs/manual.md').text.startsWith('# The toy VM')
assert !new File(basedir, 'src/main/java/dev').exists()
assert !new File(basedir, '.stencil-cache').exists()
assert log.contains('wrote   target/generated-sources/bytecodedsl/org/example/toyvm/Opcodes.java')
assert !log.contains('deleted ')
// generate then check in one build: the check does not generate again.
assert log.contains('bytecodedsl: generated code is up to date (generated in this build)')
assert log.findAll('bytecodedsl: stencils: compiled').size() <= 1 : 'stencils built once'
assert log.contains('BUILD SUCCESS')
return true
