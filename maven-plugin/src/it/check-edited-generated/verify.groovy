// After a clean generate: the check passes, then fails once a generated file is edited by hand.
def runMaven = { String... args ->
    def mvn = new File(System.getProperty('maven.home'), 'bin/mvn').path
    def cmd = [mvn, '-B', '-Dstyle.color=never', '-Dmaven.repo.local=' + localRepositoryPath] + args.toList()
    def p = new ProcessBuilder(cmd).directory(basedir).redirectErrorStream(true).start()
    def out = p.inputStream.text
    int rc = p.waitFor()
    new File(basedir, 'nested-' + args.join('_') + '-' + rc + '.log').text = out
    [rc, out]
}
def (rc0, out0) = runMaven('verify')
assert rc0 == 0 : out0
assert out0.contains('is up to date (')

def doc = new File(basedir, 'docs/instructions.md')
doc.text = doc.text.replaceFirst('SWAP', 'SWAPPED')
def (rc, out) = runMaven('verify')
assert rc != 0 : out
assert out.contains('stale:   ') && out.contains('docs/instructions.md') : out
assert out =~ /-\| 2 \| `SWAPPED`/ && out =~ /\+\| 2 \| `SWAP`/ : out   // the diff excerpt
assert out.contains("fix: run mvn generate-sources") : out
return true
