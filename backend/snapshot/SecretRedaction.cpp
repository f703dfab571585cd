#include "SecretRedaction.h"

#include "SnapshotFormat.h"
#include "core/Redactor.h"

#include <QRegularExpression>

#include <functional>

namespace aks {
namespace {

const QRegularExpression& secretKeyPattern() {
    // Matched against the property name with '_' and '-' removed, lowercase.
    static const QRegularExpression re(QStringLiteral(
        "password|passwd|passphrase|pwd$|secret|token|identity|credential|privatekey|"
        "key$|keys$|connectionstring|sastoken|^sas$|^(user|username)$|proxy.*(user|username|pass)$|"
        "authorization|keydata|pfx"));
    return re;
}

const QRegularExpression& privateKeyBlock() {
    static const QRegularExpression re(
        QStringLiteral("-----BEGIN [A-Z ]*PRIVATE KEY-----[\\s\\S]*?-----END [A-Z ]*PRIVATE KEY-----"));
    return re;
}

// user:password@ in a URL such as a proxy address.
const QRegularExpression& urlCredentials() {
    static const QRegularExpression re(QStringLiteral("^([a-zA-Z][a-zA-Z0-9+.-]*://)([^/@\\s]+)@"));
    return re;
}

QString marker() {
    return QString::fromLatin1(snapshot::kRedactedMarker);
}

bool isAlreadyRedacted(const nlohmann::json& v) {
    return v.is_string() && QString::fromStdString(v.get<std::string>()) == marker();
}

bool isEmptyValue(const nlohmann::json& v) {
    return v.is_null() || (v.is_string() && v.get<std::string>().empty()) || v.is_boolean();
}

// Walks every value; `onSecret` sees whole secret values, `onString` every other string.
void walk(nlohmann::json& node, const QString& path,
          const std::function<void(nlohmann::json&, const QString&)>& onSecret,
          const std::function<void(nlohmann::json&, const QString&)>& onString) {
    if (node.is_object()) {
        for (auto it = node.begin(); it != node.end(); ++it) {
            const QString key = QString::fromStdString(it.key());
            const QString child = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (SecretRedaction::isSecretKey(key) && !isEmptyValue(it.value()) &&
                !isAlreadyRedacted(it.value()))
                onSecret(it.value(), child);
            else
                walk(it.value(), child, onSecret, onString);
        }
    } else if (node.is_array()) {
        for (std::size_t i = 0; i < node.size(); ++i)
            walk(node[i], path + QStringLiteral("[%1]").arg(i), onSecret, onString);
    } else if (node.is_string()) {
        onString(node, path);
    }
}

void collectStrings(const nlohmann::json& v, QStringList& out) {
    if (v.is_string())
        out.append(QString::fromStdString(v.get<std::string>()));
    else if (v.is_number())
        out.append(QString::fromStdString(v.dump()));
    else if (v.is_structured())
        for (const auto& child : v)
            collectStrings(child, out);
}

} // namespace

bool SecretRedaction::isSecretKey(const QString& key) {
    QString k = key.toLower();
    k.remove(QLatin1Char('_')).remove(QLatin1Char('-'));
    // Public halves are not secret and a restore needs them as they were.
    if (k.contains(QLatin1String("public")) || k.endsWith(QLatin1String("threshold")) ||
        k.endsWith(QLatin1String("expiry")) || k.endsWith(QLatin1String("file")) ||
        k.endsWith(QLatin1String("location")) || k.endsWith(QLatin1String("path")))
        return false;
    return secretKeyPattern().match(k).hasMatch();
}

QStringList SecretRedaction::redact(nlohmann::json& document) {
    QStringList paths;
    walk(
        document, {},
        [&](nlohmann::json& value, const QString& path) {
            value = marker().toStdString();
            paths.append(path);
        },
        [&](nlohmann::json& value, const QString& path) {
            QString s = QString::fromStdString(value.get<std::string>());
            const QString before = s;
            s.replace(privateKeyBlock(), marker());
            s.replace(urlCredentials(), QStringLiteral("\\1") + marker() + QStringLiteral("@"));
            // Values registered as secret elsewhere (credentials the app loaded) go too.
            if (Redactor::redact(s) != s)
                s = marker();
            if (s != before) {
                value = s.toStdString();
                paths.append(path);
            }
        });
    return paths;
}

QStringList SecretRedaction::secrets(const nlohmann::json& document) {
    QStringList out;
    nlohmann::json copy = document;
    walk(
        copy, {}, [&](nlohmann::json& value, const QString&) { collectStrings(value, out); },
        [&](nlohmann::json& value, const QString&) {
            const QString s = QString::fromStdString(value.get<std::string>());
            auto blocks = privateKeyBlock().globalMatch(s);
            while (blocks.hasNext())
                out.append(blocks.next().captured(0));
            const auto m = urlCredentials().match(s);
            if (m.hasMatch()) {
                const QString userInfo = m.captured(2);
                const qsizetype colon = userInfo.indexOf(QLatin1Char(':'));
                out.append(colon >= 0 ? userInfo.mid(colon + 1) : userInfo);
            }
        });
    return out;
}

} // namespace aks
