#include "ScriptParser.h"

namespace aks::sim {
namespace {

bool isQuote(QChar c) {
    const char16_t u = c.unicode();
    return u == u'\'' || u == u'\u2018' || u == u'\u2019' || u == u'\u201A' || u == u'\u201B';
}
bool isBareChar(QChar c) {
    return c.isLetterOrNumber() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('.');
}

class Parser {
public:
    Parser(std::vector<Token> tokens, QString* error) : m_t(std::move(tokens)), m_error(error) {}

    std::optional<Script> script(bool inBlock) {
        Script s;
        for (;;) {
            skipEnds();
            const Token& t = peek();
            if (t.kind == Token::End && t.text.isEmpty())
                break;
            if (t.kind == Token::RBrace) {
                if (!inBlock)
                    return fail(t, QStringLiteral("Unexpected token '}' in expression or statement."));
                break;
            }
            auto st = statement(s);
            if (!st)
                return std::nullopt;
            s.statements.push_back(std::move(*st));
            const Token& after = peek();
            if (!(after.kind == Token::End || after.kind == Token::RBrace))
                return fail(
                    after,
                    QStringLiteral("Unexpected token '%1' in expression or statement.").arg(after.text));
        }
        return s;
    }

    bool atEnd() const {
        return m_pos >= m_t.size() || (m_t[m_pos].kind == Token::End && m_t[m_pos].text.isEmpty());
    }
    const Token& peek() const { return m_t[std::min(m_pos, m_t.size() - 1)]; }

private:
    std::nullopt_t fail(const Token& t, const QString& msg) {
        if (m_error->isEmpty())
            *m_error = QStringLiteral("At line:%1: %2").arg(t.line).arg(msg);
        return std::nullopt;
    }
    Token next() { return m_t[std::min(m_pos++, m_t.size() - 1)]; }
    void skipEnds() {
        while (m_pos < m_t.size() && m_t[m_pos].kind == Token::End && !m_t[m_pos].text.isEmpty())
            ++m_pos;
    }
    bool accept(Token::Kind k) {
        if (peek().kind == k) {
            ++m_pos;
            return true;
        }
        return false;
    }

    std::optional<Statement> statement(Script& s) {
        Statement st;
        st.line = peek().line;
        if (peek().kind == Token::Variable && m_pos + 1 < m_t.size() &&
            m_t[m_pos + 1].kind == Token::Assign) {
            st.assignTo = next().text;
            next();
            if (peek().kind == Token::Literal || peek().kind == Token::Number) {
                const Token v = next();
                st.value = v.kind == Token::Number ? nlohmann::json(v.text.toLongLong())
                                                   : nlohmann::json(v.text.toStdString());
                return st;
            }
        }
        const Token head = next();
        if (head.kind != Token::Bare)
            return fail(
                head,
                QStringLiteral("The term '%1' is not recognized as a cmdlet in this host.").arg(head.text));
        if (head.text.compare(QLatin1String("New-Object"), Qt::CaseInsensitive) == 0)
            return credential(st);
        st.cmdlet = head.text;
        for (;;) {
            if (peek().kind == Token::Bare || peek().kind == Token::Literal) {
                st.args.push_back(Argument{QString(), Argument::Form::Positional,
                                           nlohmann::json(next().text.toStdString())});
                continue;
            }
            if (peek().kind != Token::Param)
                break;
            Argument a;
            QString p = next().text;
            const qsizetype colon = p.indexOf(QLatin1Char(':'));
            if (colon > 0) {
                a.name = p.left(colon);
                a.form = Argument::Form::Colon;
                const QString v = p.mid(colon + 1);
                if (v.isEmpty()) { // -name:'value'
                    auto value = this->value(s);
                    if (!value)
                        return std::nullopt;
                    a.value = *value;
                } else if (v.compare(QLatin1String("$true"), Qt::CaseInsensitive) == 0) {
                    a.value = true;
                } else if (v.compare(QLatin1String("$false"), Qt::CaseInsensitive) == 0) {
                    a.value = false;
                } else {
                    a.value = {{"$var", v.mid(1).toStdString()}};
                }
                st.args.push_back(a);
                continue;
            }
            a.name = p;
            const Token::Kind k = peek().kind;
            if (k == Token::Param || k == Token::End || k == Token::RBrace) {
                a.form = Argument::Form::Switch;
                a.value = true;
                st.args.push_back(a);
                continue;
            }
            a.form = Argument::Form::Separate;
            auto v = value(s);
            if (!v)
                return std::nullopt;
            a.value = *v;
            if (peek().kind == Token::Comma) {
                nlohmann::json arr = nlohmann::json::array({a.value});
                while (accept(Token::Comma)) {
                    auto more = value(s);
                    if (!more)
                        return std::nullopt;
                    arr.push_back(*more);
                }
                a.value = arr;
            }
            st.args.push_back(a);
        }
        return st;
    }

    std::optional<nlohmann::json> value(Script& s) {
        const Token t = next();
        switch (t.kind) {
        case Token::Literal:
        case Token::Bare:
            return nlohmann::json(t.text.toStdString());
        case Token::Number:
            return nlohmann::json(t.text.toLongLong());
        case Token::Variable:
            if (t.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
                return nlohmann::json(true);
            if (t.text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
                return nlohmann::json(false);
            if (t.text.compare(QLatin1String("null"), Qt::CaseInsensitive) == 0)
                return nlohmann::json();
            return nlohmann::json{{"$var", t.text.toStdString()}};
        case Token::LBrace: {
            auto block = script(true);
            if (!block)
                return std::nullopt;
            if (!accept(Token::RBrace))
                return fail(t, QStringLiteral("Missing closing '}' in statement block."));
            s.blocks.push_back(std::move(*block));
            return nlohmann::json{{"$block", s.blocks.size() - 1}};
        }
        case Token::HashStart:
            return hashtable(t);
        default:
            return fail(t, QStringLiteral("Unexpected token '%1' in expression or statement.").arg(t.text));
        }
    }

    // @{ key = value; 'key' = 'value' } with literal values only.
    std::optional<nlohmann::json> hashtable(const Token& start) {
        nlohmann::json h = nlohmann::json::object();
        for (;;) {
            skipEnds();
            if (accept(Token::RBrace))
                return nlohmann::json{{"$hashtable", h}};
            const Token key = next();
            if ((key.kind != Token::Bare && key.kind != Token::Literal) || !accept(Token::Assign))
                return fail(start, QStringLiteral("Missing '=' operator after key in hash literal."));
            const Token v = next();
            if (v.kind == Token::Literal || v.kind == Token::Bare)
                h[key.text.toStdString()] = v.text.toStdString();
            else if (v.kind == Token::Number)
                h[key.text.toStdString()] = v.text.toLongLong();
            else if (v.kind == Token::Variable &&
                     (v.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 ||
                      v.text.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0))
                h[key.text.toStdString()] = v.text.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0;
            else
                return fail(start, QStringLiteral("Missing statement after '=' in hash literal."));
            const Token::Kind after = peek().kind;
            if (after != Token::End && after != Token::RBrace)
                return fail(start, QStringLiteral("The hash literal was incomplete."));
        }
    }

    // New-Object System.Management.Automation.PSCredential('u', (ConvertTo-SecureString 'p' -AsPlainText
    // -Force))
    std::optional<Statement> credential(Statement& st) {
        const Token type = next();
        if (type.kind != Token::Bare ||
            type.text.compare(QLatin1String("System.Management.Automation.PSCredential"),
                              Qt::CaseInsensitive) != 0)
            return fail(type, QStringLiteral("New-Object: only PSCredential is supported by this host."));
        Token user, pw;
        const bool ok =
            accept(Token::LParen) && (user = next()).kind == Token::Literal && accept(Token::Comma) &&
            accept(Token::LParen) &&
            next().text.compare(QLatin1String("ConvertTo-SecureString"), Qt::CaseInsensitive) == 0 &&
            (pw = next()).kind == Token::Literal &&
            next().text.compare(QLatin1String("AsPlainText"), Qt::CaseInsensitive) == 0 &&
            next().text.compare(QLatin1String("Force"), Qt::CaseInsensitive) == 0 && accept(Token::RParen) &&
            accept(Token::RParen);
        if (!ok)
            return fail(type, QStringLiteral("Malformed PSCredential expression."));
        st.value = {{"UserName", user.text.toStdString()},
                    {"Password", pw.text.toStdString()},
                    {"$credential", true}};
        return st;
    }

    std::vector<Token> m_t;
    QString* m_error;
    size_t m_pos = 0;
};

} // namespace

bool ScriptParser::tokenize(const QString& text, std::vector<Token>* out, QString* error) {
    int line = 1;
    qsizetype i = 0;
    const qsizetype n = text.size();
    auto push = [&](Token::Kind k, QString t) { out->push_back(Token{k, std::move(t), line}); };
    while (i < n) {
        const QChar c = text[i];
        if (c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\r')) {
            ++i;
        } else if (c == QLatin1Char('\n') || c == QLatin1Char(';')) {
            push(Token::End, QStringLiteral("\n"));
            if (c == QLatin1Char('\n'))
                ++line;
            ++i;
        } else if (c == QLatin1Char('#') && (i == 0 || text[i - 1] == QLatin1Char('\n'))) {
            while (i < n && text[i] != QLatin1Char('\n'))
                ++i;
        } else if (isQuote(c)) {
            QString lit;
            ++i;
            bool closed = false;
            while (i < n) {
                if (isQuote(text[i])) {
                    if (i + 1 < n && isQuote(text[i + 1])) {
                        lit.append(text[i]);
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (text[i] == QLatin1Char('\n'))
                    ++line;
                lit.append(text[i++]);
            }
            if (!closed) {
                *error = QStringLiteral("At line:%1: The string is missing the terminator: '.").arg(line);
                return false;
            }
            push(Token::Literal, lit);
        } else if (c == QLatin1Char('$')) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_')))
                ++j;
            if (j == i + 1) {
                *error = QStringLiteral("At line:%1: Subexpressions and special variables ('%2') are not "
                                        "allowed in this host.")
                             .arg(line)
                             .arg(text.mid(i, 2));
                return false;
            }
            push(Token::Variable, text.mid(i + 1, j - i - 1));
            i = j;
        } else if (c == QLatin1Char('-') && i + 1 < n && text[i + 1].isLetter()) {
            qsizetype j = i + 1;
            while (j < n && (text[j].isLetterOrNumber() || text[j] == QLatin1Char('_')))
                ++j;
            if (j < n && text[j] == QLatin1Char(':') && j + 1 < n && text[j + 1] == QLatin1Char('$')) {
                qsizetype k = j + 2;
                while (k < n && (text[k].isLetterOrNumber() || text[k] == QLatin1Char('_')))
                    ++k;
                push(Token::Param, text.mid(i + 1, k - i - 1));
                i = k;
            } else if (j < n && text[j] == QLatin1Char(':')) { // -name:'value': the value follows
                push(Token::Param, text.mid(i + 1, j - i));
                i = j + 1;
            } else {
                push(Token::Param, text.mid(i + 1, j - i - 1));
                i = j;
            }
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && text[j].isDigit())
                ++j;
            if (j < n && isBareChar(text[j])) {
                while (j < n && isBareChar(text[j]))
                    ++j;
                push(Token::Bare, text.mid(i, j - i));
            } else {
                push(Token::Number, text.mid(i, j - i));
            }
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i;
            while (j < n && isBareChar(text[j]))
                ++j;
            push(Token::Bare, text.mid(i, j - i));
            i = j;
        } else if (c == QLatin1Char('(')) {
            push(Token::LParen, QStringLiteral("("));
            ++i;
        } else if (c == QLatin1Char(')')) {
            push(Token::RParen, QStringLiteral(")"));
            ++i;
        } else if (c == QLatin1Char('@') && i + 1 < n && text[i + 1] == QLatin1Char('{')) {
            push(Token::HashStart, QStringLiteral("@{"));
            i += 2;
        } else if (c == QLatin1Char('{')) {
            push(Token::LBrace, QStringLiteral("{"));
            ++i;
        } else if (c == QLatin1Char('}')) {
            push(Token::RBrace, QStringLiteral("}"));
            ++i;
        } else if (c == QLatin1Char(',')) {
            push(Token::Comma, QStringLiteral(","));
            ++i;
        } else if (c == QLatin1Char('=')) {
            push(Token::Assign, QStringLiteral("="));
            ++i;
        } else {
            *error = QStringLiteral("At line:%1: Unexpected token '%2' in expression or statement.")
                         .arg(line)
                         .arg(c);
            return false;
        }
    }
    out->push_back(Token{Token::End, QString(), line});
    return true;
}

std::optional<Script> ScriptParser::parse(const QString& text, QString* error) {
    std::vector<Token> tokens;
    error->clear();
    if (!tokenize(text, &tokens, error))
        return std::nullopt;
    Parser p(std::move(tokens), error);
    auto s = p.script(false);
    if (s && !p.atEnd()) {
        *error = QStringLiteral("Unexpected token '%1' in expression or statement.").arg(p.peek().text);
        return std::nullopt;
    }
    return s;
}

} // namespace aks::sim
