// Writes fuzz records for `pwsh-host --check-literals`: random and nasty strings (quotes, typographic
// quotes, $, backticks, newlines, NUL, lone surrogates...) quoted by psLiteral and built into PsCommand
// calls, so PowerShell's own parser checks that each parses back to the same value and never to code.
//   aks-ps-literal-gen [--count N] [--seed S] [--regressions FILE] > records
// Record format: see tools/pwsh-host/LiteralChecker.cs. Regressions: one value per line as UTF-16
// units in hex ("-" for the empty string); they are written first.
#include "powershell/PsCommand.h"
#include "powershell/PsLiteral.h"

#include <QFile>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstring>
#include <random>
#include <string>

namespace {

void put32(std::string& out, quint32 v) {
    for (int i = 0; i < 4; ++i)
        out.push_back(char((v >> (8 * i)) & 0xff));
}

void putString(std::string& out, const QString& s) {
    put32(out, quint32(s.size()));
    for (const QChar c : s) {
        out.push_back(char(c.unicode() & 0xff));
        out.push_back(char(c.unicode() >> 8));
    }
}

void record(std::string& out, char kind, const QStringList& expected, const QString& text) {
    out.push_back(kind);
    put32(out, quint32(expected.size()));
    for (const QString& e : expected)
        putString(out, e);
    putString(out, text);
}

void literal(std::string& out, const QString& v) {
    record(out, 'L', {v}, aks::psLiteral(v));
}

void command(std::string& out, const QString& a, const QString& b, const QString& c) {
    const QString text = aks::PsCommand(QStringLiteral("Get-AksHciCluster"))
                             .arg(QStringLiteral("name"), a)
                             .arg(QStringLiteral("count"), 3)
                             .list(QStringLiteral("taints"), {b, c})
                             .sw(QStringLiteral("force"))
                             // Keys differ in length: PowerShell refuses duplicate keys (case-blind).
                             .hashtable(QStringLiteral("settings"), {{a, b}, {a + QStringLiteral("#2"), c}})
                             .toString();
    QStringList expected;
    if (!a.isEmpty())
        expected << a;
    expected << b << c << a << b << a + QStringLiteral("#2") << c;
    record(out, 'C', expected, text);
}

class Generator {
public:
    explicit Generator(quint32 seed) : m_rng(seed) {}

    QString next() {
        const int len = pick(m_lengths);
        QString s;
        for (int i = 0; i < len; ++i)
            appendUnit(s);
        return s;
    }

private:
    int pick(std::uniform_int_distribution<int>& d) { return d(m_rng); }

    void appendUnit(QString& s) {
        static const char16_t nasty[] = {u'\'',     u'"',      u'`',      u'$',      u'(',      u')',
                                         u'{',      u'}',      u'@',      u'#',      u';',      u'|',
                                         u'&',      u'\n',     u'\r',     u'\t',     u'\0',     u'\u2018',
                                         u'\u2019', u'\u201A', u'\u201B', u'\u201C', u'\u201D', u'\u201E',
                                         u'\u0085', u'\u2028', u'\u2029', u'\u00A0', u'-',      u'\u2013',
                                         u'\u2014', u',',      u' ',      u'<',      u'>',      u'\uFEFF'};
        switch (pick(m_kinds)) {
        case 0:
        case 1:
        case 2:
            s.append(QChar(nasty[std::uniform_int_distribution<size_t>(0, std::size(nasty) - 1)(m_rng)]));
            break;
        case 3:
        case 4:
            s.append(QChar(char16_t(std::uniform_int_distribution<int>(0x20, 0x7e)(m_rng))));
            break;
        case 5: // a lone surrogate, high or low
            s.append(QChar(char16_t(std::uniform_int_distribution<int>(0xD800, 0xDFFF)(m_rng))));
            break;
        case 6: { // a valid pair
            const char32_t cp = char32_t(std::uniform_int_distribution<int>(0x10000, 0x10FFFF)(m_rng));
            s.append(QString::fromUcs4(&cp, 1));
            break;
        }
        default:
            s.append(QChar(char16_t(std::uniform_int_distribution<int>(0, 0xFFFF)(m_rng))));
        }
    }

    std::mt19937 m_rng;
    std::uniform_int_distribution<int> m_lengths{0, 24};
    std::uniform_int_distribution<int> m_kinds{0, 7};
};

QString fromHex(const QByteArray& line) {
    if (line == "-")
        return {};
    QString s;
    for (qsizetype i = 0; i + 4 <= line.size(); i += 4)
        s.append(QChar(char16_t(line.mid(i, 4).toUInt(nullptr, 16))));
    return s;
}

} // namespace

int main(int argc, char** argv) {
    long long count = 10000;
    quint32 seed = std::random_device{}();
    const char* regressions = nullptr;
    for (int i = 1; i + 1 < argc; i += 2) {
        if (std::strcmp(argv[i], "--count") == 0)
            count = std::atoll(argv[i + 1]);
        else if (std::strcmp(argv[i], "--seed") == 0)
            seed = quint32(std::strtoul(argv[i + 1], nullptr, 10));
        else if (std::strcmp(argv[i], "--regressions") == 0)
            regressions = argv[i + 1];
    }
    std::fprintf(stderr, "aks-ps-literal-gen: seed %u, %lld random inputs\n", seed, count);
    std::string out;
    if (regressions) {
        QFile f(QString::fromLocal8Bit(regressions));
        if (!f.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "aks-ps-literal-gen: cannot read %s\n", regressions);
            return 1;
        }
        while (!f.atEnd()) {
            const QByteArray line = f.readLine().trimmed();
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const QString v = fromHex(line);
            literal(out, v);
            command(out, v, v, v);
        }
    }
    Generator gen(seed);
    for (long long i = 0; i < count; ++i) {
        const QString v = gen.next();
        if (i % 4 == 3)
            command(out, v, gen.next(), gen.next());
        else
            literal(out, v);
        if (out.size() > (1 << 20)) {
            std::fwrite(out.data(), 1, out.size(), stdout);
            out.clear();
        }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return std::fflush(stdout) == 0 ? 0 : 1;
}
