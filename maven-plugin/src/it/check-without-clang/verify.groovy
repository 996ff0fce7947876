def log = new File(basedir, 'build.log').text
def jit = 'target/generated-sources/bytecodedsl/dev/bytecodedsl/generated/jit/'
// The JIT helpers need no clang (the stencil types are the runtime kit's); the tables cannot be built,
// which both goals say for each target.
assert new File(basedir, jit + 'JitHelpers.java').isFile()
assert !new File(basedir, jit + 'Stencil.java').exists()
assert !new File(basedir, jit + 'JitStencilsX86_64Linux.java').exists()
assert log.contains('[WARNING] bytecodedsl: not regenerated ' + jit + 'JitStencilsX86_64Linux.java: stencils not rebuilt: no-such-clang-19 not found') : log
assert log.contains('[WARNING] bytecodedsl: not verified: ' + jit + 'JitStencilsAarch64Darwin.java') : log
assert log.contains('is up to date')
assert new File(basedir, 'target/classes/dev/bytecodedsl/generated/Opcodes.class').isFile()
assert log.contains('BUILD SUCCESS')
return true
