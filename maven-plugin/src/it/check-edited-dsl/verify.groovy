// After a clean generate, add an instruction to the DSL without regenerating: the check fails.
def runMaven = { String... args ->
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def cmd = [mvn, '-B', '-Dstyle.color=never', '-Dmaven.repo.local=' + localRepositoryPath] + args.toList()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    int rc = p.waitFor()
    new File(basedir, 'nested-' + args.join('_') + '-' + rc + '.log').text = out
    [rc, out]
}
def def_ = new File(basedir, 'bytecodes.def')
def_.text = def_.text + '\ninst(DUP, (a -- a, b)) { b = a; }\n'
def (rc, out) = runMaven('verify')
assert rc != 0 : out
assert out.contains('stale:   ') && out.contains('Opcodes.java') : out
assert out =~ /\+.*DUP/ : out   // the diff excerpt
assert out.contains("fix: run mvn generate-sources") : out
return true
