# Sourced by the benchmark scripts that run Java code against the VM in process: builds the VM
# (outside any measurement) and sets vm_java, the JDK 25 java launcher with the VM's classpath and
# the options ./pyvm uses, as an array: "${vm_java[@]}" MainClass|File.java ARGS...
./pyvm --help >/dev/null
source scripts/select-jdk.sh
vm_classpath="diagnostics/target/classes:vm-kit/target/classes:generated/target/classes:python-frontend/target/classes:runtime/target/classes"
vm_classpath="$vm_classpath:$(cat runtime/target/pyvm.classpath)"
vm_java=("${JAVA_HOME:+$JAVA_HOME/bin/}java" --enable-native-access=ALL-UNNAMED -Xss16m -cp "$vm_classpath")
