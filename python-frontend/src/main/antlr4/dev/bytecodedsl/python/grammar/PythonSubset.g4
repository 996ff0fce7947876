/*
 * The Python subset the reference VM runs. INDENT and DEDENT are not produced by this lexer but by
 * PythonTokenSource, which wraps it and turns the whitespace after each NEWLINE into them.
 *
 * Alternatives labelled Unsupported* exist only so the front end can name the construct in its
 * error ("unsupported construct: lambda") instead of printing a generic syntax error.
 */
grammar PythonSubset;

tokens { INDENT, DEDENT }

@lexer::members {
    /** Unicode category N (Nd, Nl, No), what \p{N} is in a lexer rule. */
    private static boolean isNumber(int c) {
        int type = Character.getType(c);
        return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                || type == Character.OTHER_NUMBER;
    }
}

// ---------------------------------------------------------------- statements

fileInput : (NEWLINE | stmt)* EOF ;

stmt
    : simpleStmts
    | compoundStmt
    ;

simpleStmts : simpleStmt (';' simpleStmt)* ';'? NEWLINE ;

simpleStmt
    : 'pass'                                              # Pass
    | 'break'                                             # Break
    | 'continue'                                          # Continue
    | 'return' exprList?                                  # Return
    | 'global' NAME (',' NAME)*                           # Global
    | 'raise' test?                                       # Raise
    | exprList augOp exprList                             # AugAssign
    | exprList ('=' exprList)+                            # Assign
    | exprList                                            # ExprStmt
    | exprList ':' test ('=' exprList)?                   # UnsupportedAnnotatedAssign
    | ('import' | 'from') ~NEWLINE*                       # UnsupportedImport
    | 'del' exprList                                      # Del
    | 'assert' test (',' test)?                           # UnsupportedAssert
    | 'nonlocal' NAME (',' NAME)*                         # UnsupportedNonlocal
    ;

augOp : '+=' | '-=' | '*=' | '/=' | '//=' | '%=' | '**=' | '&=' | '|=' | '^=' | '<<=' | '>>=' ;

compoundStmt
    : 'if' test ':' block elifClause* elseClause?         # If
    | 'while' test ':' block elseClause?                  # While
    | 'for' targetList 'in' exprList ':' block elseClause?  # For
    | 'def' NAME '(' params? ')' returnAnnotation? ':' block   # FuncDef
    | 'class' NAME ('(' arglist? ')')? ':' block          # ClassDef
    | 'try' ':' block exceptClause* elseClause? finallyClause?  # Try
    | decorator+ compoundStmt                             # UnsupportedDecorator
    | 'with' test ('as' test)? (',' test ('as' test)?)* ':' block  # UnsupportedWith
    | 'async' compoundStmt                                # UnsupportedAsync
    ;

elifClause : 'elif' test ':' block ;
elseClause : 'else' ':' block ;
finallyClause : 'finally' ':' block ;
exceptClause : 'except' (test ('as' NAME)?)? ':' block ;
decorator : '@' test NEWLINE ;
returnAnnotation : '->' test ;

params : param (',' param)* ','? ;

param
    : NAME (':' annotation=test)? ('=' defaultValue=test)?  # PlainParam
    | ('*' | '**' | '/') NAME?                             # UnsupportedStarParam
    ;

block
    : simpleStmts
    | NEWLINE INDENT stmt+ DEDENT
    ;

// ---------------------------------------------------------------- expressions, loosest first

/**
 * A loop target stops below comparisons, so the {@code in} of {@code for x in xs} is not read as a
 * membership test.
 */
targetList : bitOr (',' bitOr)* ','? ;

/** A comma-separated list; with a comma (even a trailing one) it is a tuple. */
exprList : starTest (',' starTest)* ','? ;

starTest
    : test                                                # PlainTest
    | '*' bitOr                                           # UnsupportedStarred
    ;

test
    : orTest                                              # PlainOr
    | orTest 'if' orTest 'else' test                      # Conditional
    | 'lambda' lambdaParams? ':' test                     # UnsupportedLambda
    | NAME ':=' test                                      # UnsupportedWalrus
    | 'yield' exprList?                                   # UnsupportedYieldExpr
    | 'await' test                                        # UnsupportedAwait
    ;

lambdaParams : lambdaParam (',' lambdaParam)* ','? ;
lambdaParam : ('*' | '**')? NAME ('=' test)? ;

orTest : andTest ('or' andTest)* ;
andTest : notTest ('and' notTest)* ;

notTest
    : 'not' notTest                                       # Not
    | comparison                                          # PlainComparison
    ;

/** A whole chain ({@code a < b < c}) is one node, as in Python, where it means a < b and b < c. */
comparison : bitOr (compOp bitOr)* ;

compOp : '<' | '>' | '==' | '>=' | '<=' | '!=' | 'in' | 'not' 'in' | 'is' | 'is' 'not' ;

bitOr : bitXor ('|' bitXor)* ;
bitXor : bitAnd ('^' bitAnd)* ;
bitAnd : shift ('&' shift)* ;
shift : arith (shiftOp arith)* ;
shiftOp : '<<' | '>>' ;
arith : term (arithOp term)* ;
arithOp : '+' | '-' ;
term : factor (termOp factor)* ;
termOp : '*' | '/' | '//' | '%' | '@' ;

/** Unary operators bind looser than {@code **} on their right: {@code -2 ** 2} is {@code -(2 ** 2)}. */
factor
    : ('+' | '-' | '~') factor                            # Unary
    | power                                               # PlainPower
    ;

/** The exponent is a factor, which makes {@code **} right-associative and allows {@code 2 ** -1}. */
power : atomExpr ('**' factor)? ;

atomExpr : atom trailer* ;

trailer
    : '(' arglist? ')'                                    # CallTrailer
    | '[' subscript ']'                                   # SubscriptTrailer
    | '.' NAME                                            # AttributeTrailer
    ;

subscript
    : sliceItem                                           # SingleSubscript
    | sliceItem (',' sliceItem)+ ','?                     # UnsupportedMultiSubscript
    ;

sliceItem
    : test                                                # Index
    | lower=test? ':' upper=test? (':' step=test?)?       # Slice
    ;

arglist : argument (',' argument)* ','? ;

argument
    : test                                                # PositionalArg
    | NAME '=' test                                       # KeywordArg
    | test compFor                                        # UnsupportedGeneratorArg
    | ('*' | '**') test                                   # UnsupportedStarArg
    ;

atom
    : '(' ')'                                             # EmptyTuple
    | '(' starTest ')'                                    # Paren
    | '(' starTest (',' starTest)+ ','? ')'               # TupleDisplay
    | '(' starTest ',' ')'                                # SingletonTuple
    | '(' test compFor ')'                                # UnsupportedGenerator
    | '[' (starTest (',' starTest)* ','?)? ']'            # ListDisplay
    | '[' test compFor ']'                                # UnsupportedListComp
    | '{' (dictEntry (',' dictEntry)* ','?)? '}'          # DictDisplay
    | '{' test ':' test compFor '}'                       # UnsupportedDictComp
    | '{' test compFor '}'                                # UnsupportedSetComp
    | '{' starTest (',' starTest)* ','? '}'               # UnsupportedSetDisplay
    | NAME                                                # Name
    | INT                                                 # Int
    | FLOAT                                               # Float
    | STRING+                                             # Str
    | 'True'                                              # True
    | 'False'                                             # False
    | 'None'                                              # None
    | IMAG                                                # UnsupportedComplex
    | (STRING | FSTRING)+                                 # UnsupportedFString
    | BYTES+                                              # UnsupportedBytes
    | '...'                                               # UnsupportedEllipsis
    ;

dictEntry
    : test ':' test                                       # KeyValue
    | '**' bitOr                                          # UnsupportedDictUnpack
    ;

/** Only ever parsed to be reported; {@code in} is parsed at the or-level so it is not a comparison. */
compFor : 'async'? 'for' targetList 'in' orTest (compFor | 'if' orTest)* ;

// ---------------------------------------------------------------- lexer

OPEN_PAREN : '(' ;
CLOSE_PAREN : ')' ;
OPEN_BRACK : '[' ;
CLOSE_BRACK : ']' ;
OPEN_BRACE : '{' ;
CLOSE_BRACE : '}' ;

/** The line break plus the next line's leading whitespace, which PythonTokenSource measures. */
NEWLINE : ( '\r'? '\n' | '\r' ) [ \t\f]* ;

STRING : [uUrR]? STRING_BODY ;
FSTRING : ( [fF] [rR]? | [rR] [fF] ) STRING_BODY ;
BYTES : ( [bB] [rR]? | [rR] [bB] ) STRING_BODY ;

FLOAT : DIGITS '.' DIGITS? EXPONENT? | '.' DIGITS EXPONENT? | DIGITS EXPONENT ;
IMAG : ( FLOAT | DIGITS ) [jJ] ;
INT
    : [1-9] ( '_'? [0-9] )*
    | '0' ( '_'? '0' )*
    | '0' [xX] ( '_'? [0-9a-fA-F] )+
    | '0' [oO] ( '_'? [0-7] )+
    | '0' [bB] ( '_'? [01] )+
    ;

// Identifiers are letters (Unicode category L), digits (N) and '_', not starting with a digit. The
// non-ASCII part is a predicate on Java's Character tables, not \p{L} and \p{N}: those classes are
// hundreds of ranges that every start of the VM would deserialize into the lexer's ATN (~60% of
// an empty program's parse time, measured). A non-ASCII character that is neither is still a
// token recognition error at that character, as it was with the classes.
NAME : NAME_START NAME_PART* ;
fragment NAME_START : [a-zA-Z_] | [\u0080-\u{10FFFF}] {Character.isLetter(_input.LA(-1))}? ;
fragment NAME_PART
    : [a-zA-Z0-9_]
    | [\u0080-\u{10FFFF}] {Character.isLetter(_input.LA(-1)) || isNumber(_input.LA(-1))}?
    ;

COMMENT : '#' ~[\r\n]* -> skip ;
LINE_JOIN : '\\' [ \t]* ( '\r'? '\n' | '\r' ) -> skip ;
SPACES : [ \t\f]+ -> skip ;

fragment DIGITS : [0-9] ( '_'? [0-9] )* ;
fragment EXPONENT : [eE] [+-]? DIGITS ;
fragment STRING_BODY
    : '\'\'\'' ( '\\' . | . )*? '\'\'\''
    | '"""' ( '\\' . | . )*? '"""'
    | '\'' ( '\\' . | ~[\\\r\n'] )* '\''
    | '"' ( '\\' . | ~[\\\r\n"] )* '"'
    ;
