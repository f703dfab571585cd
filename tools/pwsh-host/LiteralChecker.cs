using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation.Language;
using System.Text;

namespace AksPwshHost;

// Reads records from the fuzz generator and checks each quoted text with PowerShell's own parser.
// A record: kind byte ('L' one literal, 'C' one PsCommand), a 32-bit little-endian count of expected
// values, each expected value and then the text, each as a 32-bit length in UTF-16 units followed by
// UTF-16LE (so lone surrogates and NUL travel unchanged). For 'L' the text must parse to exactly one
// single-quoted StringConstantExpression equal to the value; for 'C' to one command whose arguments
// are, in order, exactly the expected values as single-quoted strings, with no variable, expression,
// sub-expression or any other node in between (hashtable keys and values count as arguments, in order). Prints one line per mismatch and a summary.
public static class LiteralChecker
{
    public static int Run(Stream input, TextWriter output)
    {
        var reader = new BinaryReader(new BufferedStream(input, 1 << 16));
        long checkedCount = 0, mismatches = 0;
        for (;;)
        {
            int kind;
            try { kind = reader.ReadByte(); }
            catch (EndOfStreamException) { break; }
            int count = reader.ReadInt32();
            var expected = new List<string>(count);
            for (int i = 0; i < count; ++i)
                expected.Add(ReadString(reader));
            string text = ReadString(reader);
            string? why = kind == 'L' ? CheckLiteral(text, expected) : CheckCommand(text, expected);
            ++checkedCount;
            if (why != null)
            {
                ++mismatches;
                output.WriteLine("MISMATCH {0} {1}: {2}", (char)kind,
                    string.Join(",", expected.Select(Hex)), why);
            }
        }
        output.WriteLine("checked {0} inputs, {1} mismatches", checkedCount, mismatches);
        output.Flush();
        return mismatches == 0 ? 0 : 1;
    }

    static string ReadString(BinaryReader r)
    {
        int units = r.ReadInt32();
        if (units < 0 || units > (1 << 26))
            throw new InvalidDataException("bad record length " + units);
        var bytes = r.ReadBytes(units * 2);
        if (bytes.Length != units * 2)
            throw new EndOfStreamException();
        var chars = new char[units];
        Buffer.BlockCopy(bytes, 0, chars, 0, bytes.Length);
        return new string(chars);
    }

    // The UTF-16 units as hex, so any value (NUL, lone surrogates) can be kept as a regression.
    static string Hex(string s) => s.Length == 0 ? "-" : string.Concat(s.Select(c => ((int)c).ToString("x4")));

    static ScriptBlockAst? Parse(string text, out string? error)
    {
        var ast = Parser.ParseInput(text, out _, out ParseError[] errors);
        error = errors.Length > 0 ? "parse error: " + errors[0].Message : null;
        return errors.Length > 0 ? null : ast;
    }

    static string? CheckLiteral(string text, List<string> expected)
    {
        var ast = Parse(text, out var error);
        if (ast == null)
            return error;
        if (ast.BeginBlock != null || ast.ProcessBlock != null || ast.ParamBlock != null || ast.EndBlock == null ||
            ast.EndBlock.Statements.Count != 1)
            return "not a single statement";
        if (ast.EndBlock.Statements[0] is not PipelineAst p || p.PipelineElements.Count != 1 ||
            p.PipelineElements[0] is not CommandExpressionAst ce ||
            ce.Expression is not StringConstantExpressionAst s || ce.Redirections.Count != 0)
            return "not a single string constant";
        if (s.StringConstantType != StringConstantType.SingleQuoted)
            return "not single-quoted";
        if (s.Value != expected[0])
            return "value differs: " + Hex(s.Value);
        return null;
    }

    static ExpressionAst ValueOf(StatementAst s) =>
        s is PipelineAst { PipelineElements.Count: 1 } p && p.PipelineElements[0] is CommandExpressionAst ce
            ? ce.Expression
            : new StringConstantExpressionAst(s.Extent, "<not an expression>", StringConstantType.BareWord);

    static string? CheckCommand(string text, List<string> expected)
    {
        var ast = Parse(text, out var error);
        if (ast == null)
            return error;
        if (ast.EndBlock == null || ast.EndBlock.Statements.Count != 1 ||
            ast.EndBlock.Statements[0] is not PipelineAst p || p.PipelineElements.Count != 1 ||
            p.PipelineElements[0] is not CommandAst cmd || cmd.Redirections.Count != 0)
            return "not a single command";
        // Anything but the command, its parameters, single-quoted strings, numbers and lists is code.
        foreach (var node in ast.FindAll(_ => true, true))
        {
            bool allowed = node is ScriptBlockAst || node is NamedBlockAst || node is PipelineAst ||
                           node is CommandAst || node is CommandParameterAst || node is ArrayLiteralAst ||
                           node is HashtableAst || node is CommandExpressionAst ||
                           node is StringConstantExpressionAst ||
                           (node is ConstantExpressionAst c && c.StaticType != typeof(string));
            if (!allowed)
                return "unexpected " + node.GetType().Name + " '" + node.Extent.Text + "'";
        }
        var values = new List<string>();
        foreach (var e in cmd.CommandElements.Skip(1))
        {
            if (e is CommandParameterAst cp)
            {
                if (cp.Argument != null)
                    return "parameter with an attached argument";
                continue;
            }
            if (e is ConstantExpressionAst n && n.StaticType != typeof(string))
                continue;
            var items = e switch
            {
                ArrayLiteralAst a => a.Elements.ToList(),
                // @{ 'k' = 'v' }: each key, then its value (a one-expression statement).
                HashtableAst h => h.KeyValuePairs.SelectMany(kv => new[] { kv.Item1, ValueOf(kv.Item2) }).ToList(),
                _ => new List<ExpressionAst> { (ExpressionAst)e },
            };
            foreach (var item in items)
            {
                if (item is not StringConstantExpressionAst s || s.StringConstantType != StringConstantType.SingleQuoted)
                    return "argument is not a single-quoted string: " + item.Extent.Text;
                values.Add(s.Value);
            }
        }
        if (!values.SequenceEqual(expected))
            return "values differ: " + string.Join(",", values.Select(Hex));
        return null;
    }
}
