#include "SigV4Signer.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>
#include <QUrl>

#include <algorithm>
#include <map>

namespace aks {
namespace {

QByteArray hmac(const QByteArray& key, const QByteArray& data) {
    return QMessageAuthenticationCode::hash(data, key, QCryptographicHash::Sha256);
}

QByteArray collapseSpaces(const QByteArray& v) {
    QByteArray out;
    bool space = false;
    for (char c : v.trimmed()) {
        if (c == ' ' || c == '\t') {
            space = true;
            continue;
        }
        if (space)
            out += ' ';
        space = false;
        out += c;
    }
    return out;
}

} // namespace

SigV4Signer::SigV4Signer(QString accessKeyId, QString secretAccessKey, QString region, QString service)
    : m_accessKeyId(std::move(accessKeyId)),
      m_secret(std::move(secretAccessKey)),
      m_region(std::move(region)),
      m_service(std::move(service)) {}

QByteArray SigV4Signer::amzDate(const QDateTime& utc) {
    return utc.toUTC().toString(QStringLiteral("yyyyMMdd'T'HHmmss'Z'")).toLatin1();
}

QByteArray SigV4Signer::uriEncode(QByteArrayView raw, bool keepSlash) {
    static const char hex[] = "0123456789ABCDEF";
    QByteArray out;
    out.reserve(raw.size() * 3);
    for (char ch : raw) {
        const auto c = static_cast<unsigned char>(ch);
        if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
            c == '_' || c == '.' || c == '~' || (keepSlash && c == '/')) {
            out += static_cast<char>(c);
        } else {
            out += '%';
            out += hex[c >> 4];
            out += hex[c & 15];
        }
    }
    return out;
}

QByteArray SigV4Signer::sha256Hex(QByteArrayView data) {
    return QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex();
}

QByteArray SigV4Signer::signedHeaders(const Request& r) const {
    QList<QByteArray> names;
    for (const auto& h : r.headers)
        names << h.first.toLower();
    std::sort(names.begin(), names.end());
    names.erase(std::unique(names.begin(), names.end()), names.end());
    return names.join(';');
}

QByteArray SigV4Signer::canonicalRequest(const Request& r) const {
    // Query: decode what was sent, re-encode strictly, sort by name then value.
    QList<QPair<QByteArray, QByteArray>> params;
    if (!r.query.isEmpty()) {
        for (const QByteArray& part : r.query.split('&')) {
            if (part.isEmpty())
                continue;
            const qsizetype eq = part.indexOf('=');
            const QByteArray name = eq < 0 ? part : part.left(eq);
            const QByteArray value = eq < 0 ? QByteArray() : part.mid(eq + 1);
            params.append({uriEncode(QByteArray::fromPercentEncoding(name), false),
                           uriEncode(QByteArray::fromPercentEncoding(value), false)});
        }
    }
    std::sort(params.begin(), params.end());
    QList<QByteArray> queryParts;
    for (const auto& [name, value] : params)
        queryParts << name + '=' + value;

    std::map<QByteArray, QList<QByteArray>> headers;
    for (const auto& [name, value] : r.headers)
        headers[name.toLower()].append(collapseSpaces(value));
    QByteArray canonicalHeaders;
    for (const auto& [name, values] : headers)
        canonicalHeaders += name + ':' + values.join(',') + '\n';

    return r.method + '\n' + (r.path.isEmpty() ? QByteArray("/") : r.path) + '\n' + queryParts.join('&') +
           '\n' + canonicalHeaders + '\n' + signedHeaders(r) + '\n' + r.payloadHash;
}

QByteArray SigV4Signer::scope(const QDateTime& utc) const {
    return amzDate(utc).left(8) + '/' + m_region.toUtf8() + '/' + m_service.toUtf8() + "/aws4_request";
}

QByteArray SigV4Signer::stringToSign(const Request& r, const QDateTime& utc) const {
    return "AWS4-HMAC-SHA256\n" + amzDate(utc) + '\n' + scope(utc) + '\n' + sha256Hex(canonicalRequest(r));
}

QByteArray SigV4Signer::signature(const Request& r, const QDateTime& utc) const {
    const QByteArray kDate = hmac("AWS4" + m_secret.toUtf8(), amzDate(utc).left(8));
    const QByteArray kRegion = hmac(kDate, m_region.toUtf8());
    const QByteArray kService = hmac(kRegion, m_service.toUtf8());
    const QByteArray kSigning = hmac(kService, "aws4_request");
    return hmac(kSigning, stringToSign(r, utc)).toHex();
}

QByteArray SigV4Signer::authorization(const Request& r, const QDateTime& utc) const {
    return "AWS4-HMAC-SHA256 Credential=" + m_accessKeyId.toUtf8() + '/' + scope(utc) +
           ", SignedHeaders=" + signedHeaders(r) + ", Signature=" + signature(r, utc);
}

} // namespace aks
