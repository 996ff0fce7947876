/*
 * Grammar of the bytecode DSL (bytecodes.def), modelled on CPython's bytecodes.c.
 *
 * The top level declares types, constants, helper functions (extern, or func with a body), instructions (inst), micro-ops (op),
 * macros, specialization families, pseudo-instructions and labels. Instruction bodies are a small
 * C-like statement language that is parsed completely (AstBuilder turns the parse tree into the
 * immutable AST in dev.bytecodedsl.grammar.ast), so generators can lower it to Java and to C.
 *
 * Annotations are plain identifiers (validated by the AST builder) so that words such as `pure`
 * stay usable as ordinary names inside bodies.
 */
grammar BytecodeDsl;

file
    : definition* EOF
    ;

definition
    : typeDecl
    | constDecl
    | externDecl
    | functionDef
    | instructionDef
    | macroDef
    | familyDef
    | pseudoDef
    | labelDef
    ;

// ---- declarations ---------------------------------------------------------------------------

typeDecl
    : TYPE ID SEMI
    ;

constDecl
    : CONST typeRef ID ASSIGN expr SEMI
    ;

externDecl
    : EXTERN helperAttribute* typeRef ID LPAREN (param (COMMA param)*)? RPAREN SEMI
    ;

// `escaping`: may allocate, raise or call back into the VM. `cold`: called only on slow paths
// (the JIT's admission policy does not count its call sites).
helperAttribute
    : ESCAPING
    | COLD
    ;

// A helper function written in the body language: lowered to Java for the interpreters and to C for
// the stencils, so machine code runs it without an upcall.
functionDef
    : FUNC typeRef ID LPAREN (param (COMMA param)*)? RPAREN block
    ;

param
    : STEAL? typeRef identifier
    ;

// Words that are keywords only at the top level stay usable as ordinary names (e.g. `int op`).
identifier
    : ID | OP | INST | MACRO | FAMILY | PSEUDO | LABEL | TYPE | STEAL | ESCAPING | COLD | FUNC
    ;

typeRef
    : (INT_T | DOUBLE_T | BOOL_T | VOID_T | ID) (LBRACK RBRACK)?
    ;

// ---- instructions, ops, macros, families, pseudos, labels --------------------------------------

instructionDef
    : annotation* kind=(INST | OP) LPAREN ID COMMA stackEffect RPAREN block
    ;

annotation
    : ID (LPAREN (INT_LIT | identifier) RPAREN)?
    ;

stackEffect
    : LPAREN inputs=effectItems? MINUSMINUS outputs=effectItems? RPAREN
    ;

effectItems
    : effectItem (COMMA effectItem)*
    ;

effectItem
    : itemName SLASH INT_LIT                                               # cacheItem
    | itemName (LBRACK size=expr RBRACK)? (COLON typeRef)? (IF LPAREN cond=expr RPAREN)?  # stackItem
    ;

itemName
    : identifier
    | UNUSED
    ;

macroDef
    : MACRO LPAREN ID RPAREN ASSIGN macroPart (PLUS macroPart)* SEMI
    ;

macroPart
    : ID                        # macroOp
    | UNUSED SLASH INT_LIT      # macroCacheSkip
    ;

familyDef
    : FAMILY LPAREN ID COMMA cacheSize=familyCacheSize RPAREN ASSIGN LBRACE nameList COMMA? RBRACE SEMI
    ;

familyCacheSize
    : INT_LIT
    | ID
    ;

pseudoDef
    : PSEUDO LPAREN ID COMMA stackEffect COMMA LPAREN flags=nameList? RPAREN RPAREN
      ASSIGN LBRACE targets=nameList COMMA? RBRACE SEMI
    ;

nameList
    : ID (COMMA ID)*
    ;

labelDef
    : LABEL LPAREN ID RPAREN block
    ;

// ---- statements -------------------------------------------------------------------------------

block
    : LBRACE statement* RBRACE
    ;

statement
    : block                                                                 # blockStmt
    | simpleStatement SEMI                                                  # simpleStmt
    | IF LPAREN expr RPAREN thenStmt=statement (ELSE elseStmt=statement)?  # ifStmt
    | WHILE LPAREN expr RPAREN statement                                    # whileStmt
    | FOR LPAREN init=simpleStatement? SEMI cond=expr? SEMI update=simpleStatement? RPAREN statement  # forStmt
    | BREAK SEMI                                                            # breakStmt
    | CONTINUE SEMI                                                         # continueStmt
    | GOTO ID SEMI                                                          # gotoStmt
    | RETURN expr? SEMI                                                     # returnStmt
    | kind=(DEOPT_IF | EXIT_IF | ERROR_IF) LPAREN expr RPAREN SEMI           # conditionalExitStmt
    | ERROR_NO_POP LPAREN RPAREN SEMI                                       # errorNoPopStmt
    | JUMPBY LPAREN expr RPAREN SEMI                                        # jumpByStmt
    | DISPATCH_SAME_OPARG LPAREN RPAREN SEMI                                # dispatchSameOpargStmt
    | DISPATCH_EXTENDED_OPARG LPAREN RPAREN SEMI                            # dispatchExtendedOpargStmt
    | CHECK_EVAL_BREAKER LPAREN RPAREN SEMI                                 # checkEvalBreakerStmt
    | RELOAD_FRAME LPAREN RPAREN SEMI                                       # reloadFrameStmt
    ;

simpleStatement
    : typeRef identifier ASSIGN expr                                        # localDecl
    | identifier (LBRACK index=expr RBRACK)? op=assignOp value=expr          # assignment
    | expr                                                                  # exprStatement
    ;

assignOp
    : ASSIGN | PLUS_ASSIGN | MINUS_ASSIGN | STAR_ASSIGN | SLASH_ASSIGN | PERCENT_ASSIGN
    | SHL_ASSIGN | SHR_ASSIGN | USHR_ASSIGN | AND_ASSIGN | OR_ASSIGN | XOR_ASSIGN
    ;

// ---- expressions: C precedence, highest first --------------------------------------------------

expr
    : primary                                                   # primaryExpr
    | expr LBRACK expr RBRACK                                   # indexExpr
    | op=(MINUS | BANG | TILDE) expr                            # unaryExpr
    | expr op=(STAR | SLASH | PERCENT) expr                     # binaryExpr
    | expr op=(PLUS | MINUS) expr                               # binaryExpr
    | expr op=(SHL | SHR | USHR) expr                           # binaryExpr
    | expr op=(LT | LE | GT | GE) expr                          # binaryExpr
    | expr op=(EQ | NE) expr                                    # binaryExpr
    | expr op=AMP expr                                          # binaryExpr
    | expr op=CARET expr                                        # binaryExpr
    | expr op=PIPE expr                                         # binaryExpr
    | expr op=ANDAND expr                                       # binaryExpr
    | expr op=OROR expr                                         # binaryExpr
    | <assoc=right> expr QUESTION expr COLON expr               # conditionalExpr
    ;

primary
    : INT_LIT                                                   # intLiteral
    | FLOAT_LIT                                                 # floatLiteral
    | (TRUE | FALSE)                                            # boolLiteral
    | ID LPAREN (expr (COMMA expr)*)? RPAREN                    # callExpr
    | identifier                                                # nameExpr
    | LPAREN expr RPAREN                                        # parenExpr
    ;

// ---- lexer ------------------------------------------------------------------------------------

TYPE: 'type';
CONST: 'const';
EXTERN: 'extern';
FUNC: 'func';
ESCAPING: 'escaping';
COLD: 'cold';
STEAL: 'steal';
INST: 'inst';
OP: 'op';
MACRO: 'macro';
FAMILY: 'family';
PSEUDO: 'pseudo';
LABEL: 'label';
UNUSED: 'unused';
INT_T: 'int';
DOUBLE_T: 'double';
BOOL_T: 'bool';
VOID_T: 'void';
IF: 'if';
ELSE: 'else';
WHILE: 'while';
FOR: 'for';
BREAK: 'break';
CONTINUE: 'continue';
GOTO: 'goto';
RETURN: 'return';
TRUE: 'true';
FALSE: 'false';
DEOPT_IF: 'DEOPT_IF';
EXIT_IF: 'EXIT_IF';
ERROR_IF: 'ERROR_IF';
ERROR_NO_POP: 'ERROR_NO_POP';
JUMPBY: 'JUMPBY';
DISPATCH_SAME_OPARG: 'DISPATCH_SAME_OPARG';
DISPATCH_EXTENDED_OPARG: 'DISPATCH_EXTENDED_OPARG';
CHECK_EVAL_BREAKER: 'CHECK_EVAL_BREAKER';
RELOAD_FRAME: 'RELOAD_FRAME';

LPAREN: '(';
RPAREN: ')';
LBRACE: '{';
RBRACE: '}';
LBRACK: '[';
RBRACK: ']';
SEMI: ';';
COMMA: ',';
COLON: ':';
QUESTION: '?';
MINUSMINUS: '--';
ASSIGN: '=';
PLUS_ASSIGN: '+=';
MINUS_ASSIGN: '-=';
STAR_ASSIGN: '*=';
SLASH_ASSIGN: '/=';
PERCENT_ASSIGN: '%=';
SHL_ASSIGN: '<<=';
SHR_ASSIGN: '>>=';
USHR_ASSIGN: '>>>=';
AND_ASSIGN: '&=';
OR_ASSIGN: '|=';
XOR_ASSIGN: '^=';
ANDAND: '&&';
OROR: '||';
EQ: '==';
NE: '!=';
LE: '<=';
GE: '>=';
USHR: '>>>';
SHL: '<<';
SHR: '>>';
LT: '<';
GT: '>';
PLUS: '+';
MINUS: '-';
STAR: '*';
SLASH: '/';
PERCENT: '%';
AMP: '&';
PIPE: '|';
CARET: '^';
BANG: '!';
TILDE: '~';

FLOAT_LIT
    : DIGIT+ '.' DIGIT+ EXPONENT?
    | DIGIT+ EXPONENT
    ;
INT_LIT
    : '0' [xX] HEX_DIGIT (HEX_DIGIT | '_')*
    | DIGIT (DIGIT | '_')*
    ;
ID: [A-Za-z_] [A-Za-z0-9_]*;

fragment DIGIT: [0-9];
fragment HEX_DIGIT: [0-9a-fA-F];
fragment EXPONENT: [eE] [+-]? DIGIT+;

LINE_COMMENT: '//' ~[\r\n]* -> skip;
BLOCK_COMMENT: '/*' .*? '*/' -> skip;
WS: [ \t\r\n\f]+ -> skip;

// Any other character becomes a token the parser rejects, so it is reported with its position.
UNEXPECTED_CHAR: .;
