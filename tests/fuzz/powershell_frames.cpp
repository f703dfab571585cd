// What a PowerShell host prints on stdout: the framed answers of the app's host script, and the
// ConvertTo-Json text inside them.
#include "FuzzSupport.h"
#include "core/BoundedJson.h"
#include "powershell/FrameReader.h"
#include "powershell/PowerShellProtocol.h"
#include "powershell/PsJson.h"

#include <cstddef>
#include <cstdint>

namespace {
const QString kNonce = QStringLiteral("00112233445566778899aabbccddeeff");
constexpr quint64 kId = 7;
constexpr qint64 kMaxBody = 64 * 1024;

// PsJson's readers on one value, the way the AksHci parsers use them.
void readAll(const nlohmann::json& j) {
    static const QStringList fixed{QStringLiteral("Name"),   QStringLiteral("NodePools"),
                                   QStringLiteral("Status"), QStringLiteral("CreationTime"),
                                   QStringLiteral("Count"),  QStringLiteral("AutoScalerEnabled")};
    QStringList keys = fixed;
    if (j.is_object()) {
        int n = 0;
        for (auto it = j.begin(); it != j.end() && n < 16; ++it, ++n) {
            const QString key = QString::fromStdString(it.key());
            // Every member is found by its own name.
            if (!aks::PsJson::find(j, key))
                __builtin_trap();
            keys << key;
        }
    }
    for (const QString& k : keys) {
        (void)aks::PsJson::text(j, k);
        (void)aks::PsJson::integer(j, k, -1);
        (void)aks::PsJson::boolean(j, k, false);
        (void)aks::PsJson::list(j, k);
        (void)aks::PsJson::date(j, k);
    }
    (void)aks::PsJson::toText(j);
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
    if (size > aksfuzz::kMaxInput)
        return 0;
    const QByteArray out = aksfuzz::bytes(data, size).toByteArray();

    // The whole output at once (the per-call host), and in pieces as a long-lived host's reads come.
    aks::FrameReader whole(kNonce, kId, kMaxBody);
    whole.feed(out);
    whole.feed("\n");
    aks::FrameReader pieces(kNonce, kId, kMaxBody);
    quint32 state = 0x9e3779b9u ^ static_cast<quint32>(size);
    for (qsizetype pos = 0; pos < out.size();) {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        const qsizetype n = std::min<qsizetype>(1 + state % 4096, out.size() - pos);
        pieces.feed(out.mid(pos, n));
        pos += n;
    }
    pieces.feed("\n");
    for (const aks::FrameReader* r : {&whole, &pieces})
        if ((r->finished() && !r->begun()) || r->body().size() > kMaxBody)
            __builtin_trap();
    // Where the split falls changes nothing, unless a line ran over the cap while it was incomplete.
    if (!whole.tooLarge() && !pieces.tooLarge() &&
        (whole.finished() != pieces.finished() || whole.begun() != pieces.begun() ||
         whole.status() != pieces.status() || whole.errorMessage() != pieces.errorMessage() ||
         whole.errorId() != pieces.errorId() || whole.body() != pieces.body() ||
         whole.records().size() != pieces.records().size()))
        __builtin_trap();
    // Stream records exist only inside a request's frames.
    for (const aks::FrameReader* r : {&whole, &pieces})
        if (!r->records().isEmpty() && !r->begun())
            __builtin_trap();

    // The answer's JSON, or the whole input when it holds no frame (so plain JSON seeds reach PsJson).
    const QByteArray text = whole.finished() ? whole.body().trimmed() : out.trimmed();
    const nlohmann::json j = aks::parseBoundedJson(text);
    if (!j.is_discarded()) {
        readAll(j);
        const nlohmann::json items = aks::PsJson::asArray(j);
        const size_t expected = j.is_null() ? 0 : j.is_array() ? j.size() : 1;
        if (!items.is_array() || items.size() != expected)
            __builtin_trap();
        size_t n = 0;
        for (const auto& e : items)
            if (n++ < 16)
                readAll(e);
    }

    // -EncodedCommand text: whatever decodes must encode back to a command that decodes the same.
    const QString decoded = aks::PowerShellProtocol::decodeCommand(out);
    if (!decoded.isEmpty() &&
        aks::PowerShellProtocol::decodeCommand(aks::PowerShellProtocol::encodeCommand(decoded)) != decoded)
        __builtin_trap();
    const QString asText = QString::fromUtf8(out);
    if (aks::PowerShellProtocol::decodeCommand(aks::PowerShellProtocol::encodeCommand(asText)) != asText)
        __builtin_trap();
    return 0;
}
