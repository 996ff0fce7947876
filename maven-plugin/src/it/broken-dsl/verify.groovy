def log = new File(basedir, 'build.log').text
assert log =~ /bytecodes\.def:5:\d+: error: / : log
assert !log.contains('at dev.bytecodedsl.') : 'no stack trace for DSL errors'
assert !log.contains('internal error')
return true
