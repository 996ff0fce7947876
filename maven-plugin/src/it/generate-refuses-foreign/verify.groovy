def log = new File(basedir, 'build.log').text
assert log.contains('refusing to overwrite 1 file the generators did not write: docs/instructions.md') : log
assert new File(basedir, 'docs/instructions.md').text == '# Notes I wrote myself\n'
assert !new File(basedir, 'target/generated-sources').exists() : 'nothing written'
assert !log.contains('at dev.bytecodedsl.')
return true
