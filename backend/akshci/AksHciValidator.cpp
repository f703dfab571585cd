#include "AksHciValidator.h"

#include <QRegularExpression>

namespace aks {
namespace {
Status bad(const QString& msg) {
    return Error::make(Error::Kind::BadInput, msg);
}
} // namespace

Status AksHciValidator::clusterName(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{2,31}")));
    if (!re.match(name).hasMatch() || name.endsWith(QLatin1Char('-')))
        return bad(tr("'%1' is not a valid cluster name: use 3 to 32 lowercase letters, digits and '-', "
                      "starting with a letter and not ending with '-'.")
                       .arg(name.left(64)));
    return {};
}

Status AksHciValidator::nodePoolName(const QString& name) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9-]{0,39}")));
    if (!re.match(name).hasMatch() || name.endsWith(QLatin1Char('-')))
        return bad(tr("'%1' is not a valid node pool name: use lowercase letters, digits and '-', starting "
                      "with a letter (at most 40 characters).")
                       .arg(name.left(64)));
    return {};
}

Status AksHciValidator::vmSize(const QString& field, const QString& size) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z][A-Za-z0-9_]{0,63}")));
    if (!size.isEmpty() && !re.match(size).hasMatch())
        return bad(tr("%1 '%2' is not a VM size name such as Standard_A4_v2.").arg(field, size.left(64)));
    return {};
}

Status AksHciValidator::kubernetesVersion(const QString& version) {
    static const QRegularExpression re(
        QRegularExpression::anchoredPattern(QStringLiteral("v?\\d{1,3}\\.\\d{1,3}\\.\\d{1,4}")));
    if (!version.isEmpty() && !re.match(version).hasMatch())
        return bad(tr("'%1' is not a Kubernetes version such as v1.26.6.").arg(version.left(64)));
    return {};
}

Status AksHciValidator::text(const QString& field, const QString& value) {
    for (const QChar c : value)
        if (c.category() == QChar::Other_Control || c.category() == QChar::Separator_Line ||
            c.category() == QChar::Separator_Paragraph)
            return bad(tr("%1 contains a line break or control character; remove it.").arg(field));
    if (value.size() > 4096)
        return bad(tr("%1 is longer than 4096 characters.").arg(field));
    return {};
}

Status AksHciValidator::osType(const QString& value) {
    if (!value.isEmpty() && value.compare(QLatin1String("Linux"), Qt::CaseInsensitive) != 0 &&
        value.compare(QLatin1String("Windows"), Qt::CaseInsensitive) != 0)
        return bad(tr("'%1' is not an OS type: use Linux or Windows.").arg(value.left(64)));
    return {};
}

} // namespace aks
