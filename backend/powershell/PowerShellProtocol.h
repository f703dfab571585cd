#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace aks {

// How the app talks to a PowerShell host. The host is started with a small loop script
// (-EncodedCommand, base64 of UTF-16LE); each request is one stdin line "<id> <base64 UTF-8 script>";
// each answer is the script's pipeline output as compressed JSON between two frame lines carrying a
// random per-session nonce, so nothing a cmdlet prints can pass for a frame. Streams 2-6 (errors,
// warnings, verbose, debug, information and Write-Host) are redirected inside the request and each
// record is framed on its own, as it comes, so host output never mixes with the JSON:
//   @@AKS <nonce> <id> BEGIN
//   @@AKS <nonce> <id> STREAM <kind> <base64 UTF-8 text>      (kind: host warning verbose debug
//                                                                information error)
//   <json>
//   @@AKS <nonce> <id> END <status> <base64 UTF-8 error message> <base64 FullyQualifiedErrorId>
class PowerShellProtocol {
public:
    static constexpr auto kHostMarker = "# aks-recovery host v1";
    static constexpr auto kFramePrefix = "@@AKS ";

    static QString newNonce();
    // The loop script; importModule: run Import-Module AksHci once at start (local hosts).
    static QString hostScript(const QString& nonce, bool importModule);
    static QByteArray encodeCommand(const QString& script);
    static QString decodeCommand(const QByteArray& base64); // empty on bad input
    // powershell.exe's arguments for a script.
    static QStringList arguments(const QString& script);
    static QByteArray requestLine(quint64 id, const QString& script);
    // The request script run on a remote HCI node by PowerShell remoting (WinRM, CredSSP so the
    // AksHci cmdlets can reach the other nodes); withCredential: uses $aksCredential made first.
    static QString remoteScript(const QString& host, const QString& script, const QString& user,
                                const QString& password);
};

} // namespace aks
