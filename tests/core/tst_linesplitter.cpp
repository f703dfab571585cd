#include "core/LineSplitter.h"

#include <QTest>

using namespace aks;

// One splitter serves ProcessRunner, FrameReader and the PowerShell host's stderr: line ends, lines
// split across chunks and lines without an end must all come out the same whatever the chunking.
class TestLineSplitter : public QObject {
    Q_OBJECT

    static QList<QByteArray> split(const QList<QByteArray>& chunks, qsizetype cap = 1024,
                                   bool* cut = nullptr) {
        LineSplitter s(cap);
        QList<QByteArray> lines;
        const auto take = [&](QByteArrayView l) { lines << l.toByteArray(); };
        for (const QByteArray& c : chunks)
            s.feed(c, take);
        s.finish(take);
        if (cut)
            *cut = s.cut();
        return lines;
    }

private slots:
    void lineEnds() {
        QCOMPARE(split({"a\nb\r\nc\n"}), (QList<QByteArray>{"a", "b", "c"}));
        QCOMPARE(split({"\n\r\n\n"}), (QList<QByteArray>{"", "", ""}));
        // A lone CR is a progress bar's redraw, not a line end.
        QCOMPARE(split({"10%\r20%\r\n"}), (QList<QByteArray>{"10%\r20%"}));
    }

    void crlfSplitAcrossChunks() {
        QCOMPARE(split({"one\r", "\ntwo\r", "\n"}), (QList<QByteArray>{"one", "two"}));
    }

    void partialLinesWaitForTheirEnd() {
        LineSplitter s;
        QList<QByteArray> lines;
        const auto take = [&](QByteArrayView l) { lines << l.toByteArray(); };
        s.feed("hel", take);
        QVERIFY(lines.isEmpty());
        s.feed("lo\nwor", take);
        QCOMPARE(lines, (QList<QByteArray>{"hello"}));
        s.feed("ld", take);
        QCOMPARE(lines.size(), 1);
        s.finish(take);
        QCOMPARE(lines, (QList<QByteArray>{"hello", "world"}));
        s.finish(take); // nothing pending any more
        QCOMPARE(lines.size(), 2);
    }

    void lastLineWithoutNewlineLosesItsCr() { QCOMPARE(split({"x\r"}), (QList<QByteArray>{"x"})); }

    void byteByByteEqualsWhole() {
        const QByteArray text = "alpha\r\nbeta\n\ngamma\r\r\ndelta";
        QList<QByteArray> bytes;
        for (char c : text)
            bytes << QByteArray(1, c);
        QCOMPARE(split(bytes), split({text}));
        QCOMPARE(split({text}), (QList<QByteArray>{"alpha", "beta", "", "gamma\r", "delta"}));
    }

    void longLineIsCutAtTheCap() {
        bool cut = false;
        QCOMPARE(split({QByteArray(10, 'x') + "\nok\n"}, 4, &cut),
                 (QList<QByteArray>{"xxxx", "xxxx", "xx", "ok"}));
        QVERIFY(cut);
        QCOMPARE(split({"abcd\r\nok\n"}, 4, &cut), (QList<QByteArray>{"abcd", "ok"}));
        QVERIFY(!cut); // the CR of a CRLF does not count
    }

    void endlessLineDoesNotGrowMemory() {
        LineSplitter s(8);
        QList<QByteArray> lines;
        const auto take = [&](QByteArrayView l) { lines << l.toByteArray(); };
        for (int i = 0; i < 100; ++i)
            s.feed("abc", take);
        QVERIFY(s.cut());
        QCOMPARE(lines.size(), 300 / 8);
        for (const QByteArray& l : lines)
            QCOMPARE(l.size(), 8);
        s.finish(take);
        QCOMPARE(lines.last().size(), 300 % 8);
    }

    void trailingCrAtTheCapWaitsForItsLf() {
        bool cut = false;
        QCOMPARE(split({"abcd\r", "\n"}, 4, &cut), (QList<QByteArray>{"abcd"}));
        QVERIFY(!cut);
    }
};

QTEST_GUILESS_MAIN(TestLineSplitter)
#include "tst_linesplitter.moc"
