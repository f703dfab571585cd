#include "PowerShellProtocol.h"

#include "PsLiteral.h"

#include <QRandomGenerator>

namespace aks {

QString PowerShellProtocol::newNonce() {
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

QString PowerShellProtocol::hostScript(const QString& nonce, bool importModule) {
    QString s = QString::fromLatin1(kHostMarker) + QStringLiteral("\n");
    s += QStringLiteral("$ErrorActionPreference = 'Stop'\n"
                        "$ProgressPreference = 'SilentlyContinue'\n"
                        "$ConfirmPreference = 'None'\n"
                        "[Console]::OutputEncoding = [Text.Encoding]::UTF8\n");
    s += QStringLiteral("$nonce = %1\n").arg(psLiteral(nonce));
    if (importModule)
        s += QStringLiteral("Import-Module AksHci\n");
    s += QStringLiteral(
        "while ($true) {\n"
        "    $line = [Console]::In.ReadLine()\n"
        "    if ($null -eq $line) { break }\n"
        "    $parts = $line.Split(' ')\n"
        "    $id = $parts[0]\n"
        "    $status = 0\n"
        "    $message = ''\n"
        "    [Console]::Out.WriteLine(\"@@AKS $nonce $id BEGIN\")\n"
        "    try {\n"
        "        $script = [Text.Encoding]::UTF8.GetString([Convert]::FromBase64String($parts[1]))\n"
        // Host and warning lines (Write-Host, Write-Warning) would land on stdout inside the frame and
        // spoil the JSON: they go to stderr instead, where they reach the log.
        "        $out = [System.Collections.Generic.List[object]]::new()\n"
        "        & ([ScriptBlock]::Create($script)) 3>&1 6>&1 | ForEach-Object {\n"
        "            if ($_ -is [System.Management.Automation.WarningRecord]) {\n"
        "                [Console]::Error.WriteLine('WARNING: ' + $_.Message)\n"
        "            } elseif ($_ -is [System.Management.Automation.InformationRecord]) {\n"
        "                [Console]::Error.WriteLine([string]$_.MessageData)\n"
        "            } else { $out.Add($_) }\n"
        "        }\n"
        "        if ($out.Count -eq 1) {\n"
        "            [Console]::Out.WriteLine((ConvertTo-Json -InputObject $out[0] -Depth 32 -Compress))\n"
        "        } elseif ($out.Count -gt 1) {\n"
        "            [Console]::Out.WriteLine((ConvertTo-Json -InputObject $out -Depth 32 -Compress))\n"
        "        }\n"
        "    } catch {\n"
        "        $status = 1\n"
        "        $message = $_.Exception.Message\n"
        "    }\n"
        "    $encoded = [Convert]::ToBase64String([Text.Encoding]::UTF8.GetBytes($message))\n"
        "    [Console]::Out.WriteLine(\"@@AKS $nonce $id END $status $encoded\")\n"
        "    [Console]::Out.Flush()\n"
        "}\n");
    return s;
}

QByteArray PowerShellProtocol::encodeCommand(const QString& script) {
    QByteArray utf16;
    utf16.reserve(script.size() * 2);
    for (const QChar c : script) {
        utf16.append(char(c.unicode() & 0xff));
        utf16.append(char(c.unicode() >> 8));
    }
    return utf16.toBase64();
}

QString PowerShellProtocol::decodeCommand(const QByteArray& base64) {
    const auto decoded = QByteArray::fromBase64Encoding(base64, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() % 2 != 0)
        return {};
    const QByteArray& b = decoded.decoded;
    QString s(b.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < s.size(); ++i)
        s[i] = QChar(char16_t(quint8(b[2 * i]) | (quint8(b[2 * i + 1]) << 8)));
    return s;
}

QStringList PowerShellProtocol::arguments(const QString& script) {
    return {QStringLiteral("-NoProfile"),       QStringLiteral("-NonInteractive"),
            QStringLiteral("-ExecutionPolicy"), QStringLiteral("Bypass"),
            QStringLiteral("-EncodedCommand"),  QString::fromLatin1(encodeCommand(script))};
}

QByteArray PowerShellProtocol::requestLine(quint64 id, const QString& script) {
    return QByteArray::number(id) + ' ' + script.toUtf8().toBase64() + '\n';
}

QString PowerShellProtocol::remoteScript(const QString& host, const QString& script, const QString& user,
                                         const QString& password) {
    QString s;
    const bool withCredential = !user.isEmpty();
    if (withCredential)
        s += QStringLiteral("$aksCredential = New-Object System.Management.Automation.PSCredential(%1, "
                            "(ConvertTo-SecureString %2 -AsPlainText -Force))\n")
                 .arg(psLiteral(user), psLiteral(password));
    s += QStringLiteral("Invoke-Command -ComputerName %1 -Authentication Credssp").arg(psLiteral(host));
    if (withCredential)
        s += QStringLiteral(" -Credential $aksCredential");
    s += QStringLiteral(" -ScriptBlock {\n$ErrorActionPreference = 'Stop'\nImport-Module AksHci\n%1\n}")
             .arg(script);
    return s;
}

} // namespace aks
