/**
 * The runtime kit: what every VM built with bytecodedsl shares at run time. Generated code depends
 * on it the way ANTLR-generated parsers depend on the ANTLR runtime; a VM supplies its object model,
 * helpers and front end.
 */
package dev.bytecodedsl.kit;
