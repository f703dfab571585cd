<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AksHciClient</name>
    <message>
        <source>On %1 through PowerShell remoting: the AksHci cmdlets reach the other cluster nodes, so the session needs CredSSP (Enable-WSManCredSSP -Role Server on the node, -Role Client on this machine); SSH-based remoting does not work with them.</source>
        <translation>%1 で PowerShell リモート処理を使用する場合: AksHci コマンドレットは他のクラスター ノードにアクセスするため、セッションには CredSSP が必要です (ノードでは Enable-WSManCredSSP -Role Server、このコンピューターでは -Role Client)。SSH ベースのリモート処理は、これらのコマンドレットでは機能しません。</translation>
    </message>
    <message>
        <source>%1 printed something that is not JSON; the AksHci module or the PowerShell host may be damaged.</source>
        <translation>%1 が JSON ではない内容を出力しました。AksHci モジュールまたは PowerShell ホストが破損している可能性があります。</translation>
    </message>
    <message>
        <source>The workload cluster &apos;%1&apos; does not exist.</source>
        <translation>ワークロード クラスター &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <source>Get-AksHciVersion did not print a version string.</source>
        <translation>Get-AksHciVersion がバージョン文字列を出力しませんでした。</translation>
    </message>
    <message>
        <source>The autoscaler profile</source>
        <translation>オートスケーラー プロファイル</translation>
    </message>
    <message>
        <source>The autoscaler profile &apos;%1&apos; does not exist.</source>
        <translation>オートスケーラー プロファイル &apos;%1&apos; は存在しません。</translation>
    </message>
    <message>
        <source>Get-AksHciCredential on %1 wrote no kubeconfig to read back.</source>
        <translation>%1 で Get-AksHciCredential を実行しましたが、読み戻す kubeconfig が書き込まれませんでした。</translation>
    </message>
    <message>
        <source>Could not write the kubeconfig %1: %2</source>
        <translation>kubeconfig %1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>AksHciConfig</name>
    <message>
        <source>Get-AksHciConfig printed no configuration object; is AKS hybrid set up on this host (Set-AksHciConfig)?</source>
        <translation>Get-AksHciConfig が構成オブジェクトを出力しませんでした。このホストで AKS hybrid がセットアップされていますか (Set-AksHciConfig)?</translation>
    </message>
    <message>
        <source>Get-AksHciConfig printed an object without the MOC, AksHci and KVA modules.</source>
        <translation>Get-AksHciConfig が、MOC、AksHci、KVA の各モジュールを含まないオブジェクトを出力しました。</translation>
    </message>
</context>
<context>
    <name>AksHciScripts</name>
    <message>
        <source>The vnet name</source>
        <translation>vnet 名</translation>
    </message>
    <message>
        <source>The virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>The node IP pool start</source>
        <translation>ノード IP プールの開始アドレス</translation>
    </message>
    <message>
        <source>The node IP pool end</source>
        <translation>ノード IP プールの終了アドレス</translation>
    </message>
    <message>
        <source>The VIP pool start</source>
        <translation>VIP プールの開始アドレス</translation>
    </message>
    <message>
        <source>The VIP pool end</source>
        <translation>VIP プールの終了アドレス</translation>
    </message>
    <message>
        <source>The IP address prefix</source>
        <translation>IP アドレス プレフィックス</translation>
    </message>
    <message>
        <source>The gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>The DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>The image folder</source>
        <translation>イメージ フォルダー</translation>
    </message>
    <message>
        <source>The working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>The cloud config location</source>
        <translation>クラウド構成の場所</translation>
    </message>
    <message>
        <source>The node config location</source>
        <translation>ノード構成の場所</translation>
    </message>
    <message>
        <source>The cloud service CIDR</source>
        <translation>クラウド サービス CIDR</translation>
    </message>
    <message>
        <source>The control plane VM size</source>
        <translation>コントロール プレーンの VM サイズ</translation>
    </message>
    <message>
        <source>The SSH public key</source>
        <translation>SSH 公開キー</translation>
    </message>
    <message>
        <source>The MAC pool start</source>
        <translation>MAC プールの開始アドレス</translation>
    </message>
    <message>
        <source>The MAC pool end</source>
        <translation>MAC プールの終了アドレス</translation>
    </message>
    <message>
        <source>The version</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>The cluster role name</source>
        <translation>クラスター ロール名</translation>
    </message>
    <message>
        <source>The cloud location</source>
        <translation>クラウドの場所</translation>
    </message>
    <message>
        <source>The staging share</source>
        <translation>ステージング共有</translation>
    </message>
    <message>
        <source>The proxy name</source>
        <translation>プロキシ名</translation>
    </message>
    <message>
        <source>The HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>The HTTPS proxy</source>
        <translation>HTTPS プロキシ</translation>
    </message>
    <message>
        <source>The no-proxy list</source>
        <translation>プロキシ除外リスト</translation>
    </message>
    <message>
        <source>The proxy user</source>
        <translation>プロキシ ユーザー</translation>
    </message>
    <message>
        <source>The proxy password</source>
        <translation>プロキシ パスワード</translation>
    </message>
    <message>
        <source>The proxy certificate file</source>
        <translation>プロキシ証明書ファイル</translation>
    </message>
    <message>
        <source>Set-AksHciConfig needs the image folder, the working folder, the cloud config location and the virtual network.</source>
        <translation>Set-AksHciConfig には、イメージ フォルダー、作業フォルダー、クラウド構成の場所、および仮想ネットワークが必要です。</translation>
    </message>
    <message>
        <source>A proxy needs a name, the HTTP and HTTPS proxy and the no-proxy list.</source>
        <translation>プロキシには、名前、HTTP プロキシと HTTPS プロキシ、およびプロキシ除外リストが必要です。</translation>
    </message>
    <message>
        <source>The proxy user %1 has no password to authenticate with.</source>
        <translation>プロキシ ユーザー %1 には、認証に使用するパスワードがありません。</translation>
    </message>
    <message>
        <source>The subscription ID</source>
        <translation>サブスクリプション ID</translation>
    </message>
    <message>
        <source>The resource group</source>
        <translation>リソース グループ</translation>
    </message>
    <message>
        <source>The tenant ID</source>
        <translation>テナント ID</translation>
    </message>
    <message>
        <source>The region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>The Azure environment</source>
        <translation>Azure 環境</translation>
    </message>
    <message>
        <source>The service principal ID</source>
        <translation>サービス プリンシパル ID</translation>
    </message>
    <message>
        <source>The service principal secret</source>
        <translation>サービス プリンシパル シークレット</translation>
    </message>
    <message>
        <source>Set-AksHciRegistration needs a subscription ID and a resource group.</source>
        <translation>Set-AksHciRegistration には、サブスクリプション ID とリソース グループが必要です。</translation>
    </message>
    <message>
        <source>The service principal %1 has no secret to sign in with.</source>
        <translation>サービス プリンシパル %1 には、サインインに使用するシークレットがありません。</translation>
    </message>
    <message>
        <source>The load balancer VM size</source>
        <translation>ロード バランサーの VM サイズ</translation>
    </message>
    <message>
        <source>The node VM size</source>
        <translation>ノードの VM サイズ</translation>
    </message>
    <message>
        <source>The taints</source>
        <translation>テイント</translation>
    </message>
    <message>
        <source>The network plugin</source>
        <translation>ネットワーク プラグイン</translation>
    </message>
    <message>
        <source>The autoscaler profile</source>
        <translation>オートスケーラー プロファイル</translation>
    </message>
    <message>
        <source>The load balancer SKU %1 is neither HAProxy nor none.</source>
        <translation>ロード バランサー SKU %1 は、HAProxy でも none でもありません。</translation>
    </message>
    <message>
        <source>The VM size</source>
        <translation>VM サイズ</translation>
    </message>
    <message>
        <source>New-AksHciAutoScalerProfile needs a name and at least one setting.</source>
        <translation>New-AksHciAutoScalerProfile には、名前と 1 つ以上の設定が必要です。</translation>
    </message>
    <message>
        <source>The autoscaler setting</source>
        <translation>オートスケーラーの設定</translation>
    </message>
    <message>
        <source>The kubeconfig path</source>
        <translation>kubeconfig のパス</translation>
    </message>
</context>
<context>
    <name>AksHciValidator</name>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name: use 3 to 32 lowercase letters, digits and &apos;-&apos;, starting with a letter and not ending with &apos;-&apos;.</source>
        <translation>&apos;%1&apos; は有効なクラスター名ではありません: 英小文字、数字、&apos;-&apos; を使用して 3 ～ 32 文字で指定し、先頭は英字、末尾は &apos;-&apos; 以外にしてください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid node pool name: use lowercase letters, digits and &apos;-&apos;, starting with a letter (at most 40 characters).</source>
        <translation>&apos;%1&apos; は有効なノード プール名ではありません: 英小文字、数字、&apos;-&apos; を使用し、先頭は英字にしてください (最大 40 文字)。</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a VM size name such as Standard_A4_v2.</source>
        <translation>%1 &apos;%2&apos; は、Standard_A4_v2 のような VM サイズ名ではありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Kubernetes version such as v1.26.6.</source>
        <translation>&apos;%1&apos; は、v1.26.6 のような Kubernetes バージョンではありません。</translation>
    </message>
    <message>
        <source>%1 contains a line break or control character; remove it.</source>
        <translation>%1 に改行または制御文字が含まれています。削除してください。</translation>
    </message>
    <message>
        <source>%1 is longer than 4096 characters.</source>
        <translation>%1 が 4096 文字を超えています。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an OS type: use Linux or Windows.</source>
        <translation>&apos;%1&apos; は OS の種類ではありません: Linux または Windows を使用してください。</translation>
    </message>
</context>
<context>
    <name>ArtifactReader</name>
    <message>
        <source>Backup %1, artifact %2: %3</source>
        <translation>バックアップ %1、アーティファクト %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON</source>
        <translation>有効な JSON ではありません</translation>
    </message>
    <message>
        <source>expected a JSON array</source>
        <translation>JSON 配列が必要です</translation>
    </message>
</context>
<context>
    <name>AzureBlobStore</name>
    <message>
        <source>The container &apos;%1&apos; does not exist in the storage account &apos;%2&apos; (%3); check the container name Velero&apos;s backup storage location uses.</source>
        <translation>ストレージ アカウント &apos;%2&apos; にコンテナー &apos;%1&apos; が存在しません (%3)。Velero のバックアップ ストレージの場所で使用されているコンテナー名を確認してください。</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (%3).</source>
        <translation>%1 は %2 に存在しません (%3)。</translation>
    </message>
    <message>
        <source>The storage account refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%1); correct the clock and try again.</source>
        <translation>このコンピューターの時刻がサーバーの時刻と 15 分を超えてずれているため、ストレージ アカウントが要求を拒否しました (%1)。時刻を修正してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The SAS token for %1 expired at %2 (%3); create a new one with read and list permissions and save it again (aks-recovery credentials set %1).</source>
        <translation>%1 の SAS トークンは %2 に有効期限が切れました (%3)。読み取りと一覧表示のアクセス許可を持つ新しいトークンを作成し、もう一度保存してください (aks-recovery credentials set %1)。</translation>
    </message>
    <message>
        <source>The SAS token from %1 was rejected by %2 (%3) while reading %4; check that it grants read and list permissions on the container and has not expired.</source>
        <translation>%1 から取得した SAS トークンは、%4 の読み取り中に %2 によって拒否されました (%3)。コンテナーに対する読み取りと一覧表示のアクセス許可が付与されていること、および有効期限が切れていないことを確認してください。</translation>
    </message>
    <message>
        <source>The storage account key was rejected (%1) by %2 while reading %3; check the key from %4 against the storage account&apos;s access keys (aks-recovery credentials set %2), and that the account&apos;s firewall lets this computer in.</source>
        <translation>%3 の読み取り中に、%2 によってストレージ アカウント キーが拒否されました (%1)。%4 から取得したキーをストレージ アカウントのアクセス キーと照合し (aks-recovery credentials set %2)、アカウントのファイアウォールでこのコンピューターからのアクセスが許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 refused to let these credentials read %2 (%3).</source>
        <translation>%1 は、この資格情報による %2 の読み取りを拒否しました (%3)。</translation>
    </message>
    <message>
        <source>%1 answered %2 while %3 was read; try again later.</source>
        <translation>%3 の読み取り中に %1 が %2 を返しました。しばらくしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>BackendRecoveryTarget</name>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Could not read the configuration snapshot %1: %2</source>
        <translation>構成スナップショット %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Could not get the kubeconfig of %1: %2</source>
        <translation>%1 の kubeconfig を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The plan does not restore %1.</source>
        <translation>この計画では %1 は復元されません。</translation>
    </message>
    <message>
        <source>The backup storage of %1 is not reachable: %2</source>
        <translation>%1 のバックアップ ストレージに到達できません: %2</translation>
    </message>
    <message>
        <source>The snapshot %1 does not describe %2.</source>
        <translation>スナップショット %1 には %2 の記述がありません。</translation>
    </message>
    <message>
        <source>The snapshot %1 holds no usable Get-AksHciConfig.</source>
        <translation>スナップショット %1 には、使用可能な Get-AksHciConfig が含まれていません。</translation>
    </message>
    <message>
        <source>Could not read what backup %1 holds (%2): %3</source>
        <translation>バックアップ %1 の内容 (%2) を読み取れませんでした: %3</translation>
    </message>
    <message>
        <source>The snapshot %1 has no cluster %2 to recreate.</source>
        <translation>スナップショット %1 には、再作成するクラスター %2 がありません。</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>(the snapshot cannot be read: %1)</source>
        <translation>(スナップショットを読み取れません: %1)</translation>
    </message>
    <message>
        <source>(the snapshot has no cluster %1)</source>
        <translation>(スナップショットにクラスター %1 がありません)</translation>
    </message>
    <message>
        <source>(cannot be built: %1)</source>
        <translation>(コマンドを構築できません: %1)</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be replayed in full, so nothing was removed: %2</source>
        <translation>スナップショット %1 を完全には再現できないため、何も削除されませんでした: %2</translation>
    </message>
    <message>
        <source>(Set-AksHciRegistration: the registration is unknown)</source>
        <translation>(Set-AksHciRegistration: 登録情報が不明です)</translation>
    </message>
    <message>
        <source>(the plan does not restore %1)</source>
        <translation>(この計画では %1 は復元されません)</translation>
    </message>
    <message>
        <source>&lt;kubeconfig&gt;</source>
        <translation>&lt;kubeconfig&gt;</translation>
    </message>
    <message>
        <source>(velero install cannot be shown: %1)</source>
        <translation>(velero install を表示できません: %1)</translation>
    </message>
    <message>
        <source>(velero %1 would not be run: %2)</source>
        <translation>(velero %1 では実行されません: %2)</translation>
    </message>
    <message>
        <source> (only when Velero is missing)</source>
        <translation> (Velero が未インストールの場合のみ)</translation>
    </message>
    <message>
        <source> (only when %1 has Windows nodes)</source>
        <translation> (%1 に Windows ノードがある場合のみ)</translation>
    </message>
    <message>
        <source>(the node agent&apos;s name cannot be shown: %1)</source>
        <translation>(ノード エージェントの名前を表示できません: %1)</translation>
    </message>
</context>
<context>
    <name>BackupArtifacts</name>
    <message>
        <source>Backup object</source>
        <translation>バックアップ オブジェクト</translation>
    </message>
    <message>
        <source>Resources tarball</source>
        <translation>リソースの tarball</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>リソース一覧</translation>
    </message>
    <message>
        <source>Volume snapshots</source>
        <translation>ボリューム スナップショット</translation>
    </message>
    <message>
        <source>Pod volume backups</source>
        <translation>ポッド ボリューム バックアップ</translation>
    </message>
    <message>
        <source>CSI snapshots</source>
        <translation>CSI スナップショット</translation>
    </message>
    <message>
        <source>CSI snapshot contents</source>
        <translation>CSI スナップショットのコンテンツ</translation>
    </message>
    <message>
        <source>CSI snapshot classes</source>
        <translation>CSI スナップショット クラス</translation>
    </message>
    <message>
        <source>Item operations</source>
        <translation>項目の操作</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Volume info</source>
        <translation>ボリューム情報</translation>
    </message>
</context>
<context>
    <name>BackupCatalog</name>
    <message>
        <source>Backup %1, artifact velero-backup.json: not valid JSON</source>
        <translation>バックアップ %1、アーティファクト velero-backup.json: 有効な JSON ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid backup name.</source>
        <translation>&quot;%1&quot; は有効なバックアップ名ではありません。</translation>
    </message>
    <message>
        <source>There is no backup named %1 in %2.</source>
        <translation>%2 に %1 という名前のバックアップはありません。</translation>
    </message>
</context>
<context>
    <name>BackupChoices</name>
    <message>
        <source>The backups of %1 could not be listed: %2</source>
        <translation>%1 のバックアップを一覧表示できませんでした: %2</translation>
    </message>
</context>
<context>
    <name>BackupInspector</name>
    <message>
        <source>Backup %1, artifact %2: missing. The backup never finished uploading (or its tarball was deleted); it cannot be restored.</source>
        <translation>バックアップ %1、アーティファクト %2: 見つかりません。このバックアップはアップロードが完了していないか、tarball が削除されています。復元することはできません。</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 にはバックアップがありません。</translation>
    </message>
    <message>
        <source>%1 holds %2 backups: name one with --backup NAME.</source>
        <translation>%1 には %2 件のバックアップがあります: --backup NAME でいずれかを指定してください。</translation>
    </message>
</context>
<context>
    <name>BackupMadeBy</name>
    <message>
        <source>its tarball format 1.1.0 is written since velero 1.4</source>
        <translation>tarball 形式 1.1.0 は velero 1.4 以降で書き込まれます</translation>
    </message>
    <message>
        <source>spec.defaultVolumesToFsBackup is written since velero 1.10</source>
        <translation>spec.defaultVolumesToFsBackup は velero 1.10 以降で書き込まれます</translation>
    </message>
    <message>
        <source>the item operations file is written since velero 1.11</source>
        <translation>項目操作ファイルは velero 1.11 以降で書き込まれます</translation>
    </message>
    <message>
        <source>the volume information file is written since velero 1.13</source>
        <translation>ボリューム情報ファイルは velero 1.13 以降で書き込まれます</translation>
    </message>
    <message>
        <source>its phase %1 exists since velero 1.18</source>
        <translation>フェーズ %1 は velero 1.18 以降に存在します</translation>
    </message>
</context>
<context>
    <name>BackupVerifier</name>
    <message>
        <source>Backup %1, artifact %2: missing; a Velero install will not see this backup.</source>
        <translation>バックアップ %1、アーティファクト %2: 見つかりません。Velero をインストールしても、このバックアップは認識されません。</translation>
    </message>
    <message>
        <source>Backup %1: phase is %2, not Completed.</source>
        <translation>バックアップ %1: フェーズが Completed ではなく %2 です。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: missing; the backup never finished uploading.</source>
        <translation>バックアップ %1、アーティファクト %2: 見つかりません。バックアップのアップロードが完了していません。</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: missing; the tarball cannot be checked against it.</source>
        <translation>バックアップ %1、アーティファクト %2: 見つかりません。tarball をこれと照合できません。</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: expected a JSON object</source>
        <translation>バックアップ %1、アーティファクト %2: JSON オブジェクトが必要です</translation>
    </message>
    <message>
        <source>Backup %1: %2 %3 is in the resource list but not in the tarball.</source>
        <translation>バックアップ %1: %2 %3 はリソース一覧にありますが、tarball にはありません。</translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: </source>
        <translation>バックアップ %1、アーティファクト %2: </translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is of tar type &apos;%2&apos;, which Velero never writes and does not restore.</source>
        <translation>エントリ &quot;%1&quot; の tar タイプは &apos;%2&apos; です。Velero がこのタイプを書き込むことはなく、復元もしません。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; is restored by Velero as %2; Velero never writes such a path (an entry added to the backup, or one shadowing another).</source>
        <translation>エントリ &quot;%1&quot; は、Velero によって %2 として復元されます。Velero がこのようなパスを書き込むことはありません (バックアップに追加されたエントリか、別のエントリをシャドウするエントリです)。</translation>
    </message>
    <message>
        <source>the entry &quot;%1&quot; replaces an earlier entry of %2; Velero restores the later one (a shadowing entry).</source>
        <translation>エントリ &quot;%1&quot; は、%2 の以前のエントリを置き換えます。Velero は後のエントリを復元します (シャドウするエントリです)。</translation>
    </message>
    <message numerus="yes">
        <source>Backup %1, artifact %2: %n more entries Velero would read differently from how they are written.</source>
        <translation>
            <numerusform>バックアップ %1、アーティファクト %2: 書き込まれた形とは異なる形で Velero に読み取られるエントリが、ほかに %n 個あります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup %1, artifact %2: %3 (entry &quot;%4&quot;) would be restored by Velero but is not in the resource list.</source>
        <translation>バックアップ %1、アーティファクト %2: %3 (エントリ &quot;%4&quot;) は Velero によって復元されますが、リソース一覧にはありません。</translation>
    </message>
</context>
<context>
    <name>BackupsCommand</name>
    <message>
        <source>Print a JSON array.</source>
        <translation>JSON 配列を出力します。</translation>
    </message>
    <message>
        <source>No backups in %1.</source>
        <translation>%1 にバックアップはありません。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>STARTED</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>EXPIRES</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>ITEMS</source>
        <translation>項目数</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>(unreadable)</source>
        <translation>(読み取り不可)</translation>
    </message>
    <message>
        <source>(no metadata)</source>
        <translation>(メタデータなし)</translation>
    </message>
    <message>
        <source>(incomplete)</source>
        <translation>(不完全)</translation>
    </message>
    <message>
        <source>list the backups in a backup store</source>
        <translation>バックアップ ストア内のバックアップを一覧表示します</translation>
    </message>
</context>
<context>
    <name>CertificateExpiry</name>
    <message>
        <source>The certificate data is %1 bytes, too large for a certificate.</source>
        <translation>証明書データが %1 バイトあり、証明書としては大きすぎます。</translation>
    </message>
    <message>
        <source>The certificate data holds no PEM certificate.</source>
        <translation>証明書データに PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Out of memory while reading a certificate.</source>
        <translation>証明書の読み取り中にメモリが不足しました。</translation>
    </message>
    <message>
        <source>Certificate %1 has a validity date that cannot be read.</source>
        <translation>証明書 %1 の有効期限を読み取れません。</translation>
    </message>
    <message>
        <source>The PEM certificate could not be parsed.</source>
        <translation>PEM 証明書を解析できませんでした。</translation>
    </message>
    <message>
        <source>Certificate %1 of the bundle could not be parsed.</source>
        <translation>バンドルの証明書 %1 を解析できませんでした。</translation>
    </message>
</context>
<context>
    <name>CliCommand</name>
    <message>
        <source>%1 takes no arguments.</source>
        <translation>%1 は引数を取りません。</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Unknown option &apos;%1&apos;.</source>
        <translation>不明なオプション &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Run &apos;aks-recovery --help&apos; for the options and commands.</source>
        <translation>オプションとコマンドについては、&apos;aks-recovery --help&apos; を実行してください。</translation>
    </message>
    <message>
        <source>The demo environment is back to its seeded state (%1).</source>
        <translation>デモ環境を初期状態に戻しました (%1)。</translation>
    </message>
    <message>
        <source>Unknown command &apos;%1&apos;.</source>
        <translation>不明なコマンド &apos;%1&apos; です。</translation>
    </message>
</context>
<context>
    <name>ClustersCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>No workload clusters.</source>
        <translation>ワークロード クラスターはありません。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>KUBERNETES</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>CONTROL PLANE</source>
        <translation>コントロール プレーン</translation>
    </message>
    <message>
        <source>LOAD BALANCER</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <source>NODES</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>list the workload clusters and their node pools</source>
        <translation>ワークロード クラスターとそのノード プールを一覧表示します</translation>
    </message>
</context>
<context>
    <name>ConfigCommand</name>
    <message>
        <source>Print the whole configuration as JSON (secrets masked).</source>
        <translation>構成全体を JSON で出力します (シークレットはマスクされます)。</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Install state</source>
        <translation>インストール状態</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>IP address prefix</source>
        <translation>IP アドレス プレフィックス</translation>
    </message>
    <message>
        <source>Node IP pool</source>
        <translation>ノード IP プール</translation>
    </message>
    <message>
        <source>VIP pool</source>
        <translation>VIP プール</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN ID</translation>
    </message>
    <message>
        <source>Cloud service CIDR</source>
        <translation>クラウド サービス CIDR</translation>
    </message>
    <message>
        <source>HTTP proxy</source>
        <translation>HTTP プロキシ</translation>
    </message>
    <message>
        <source>HTTPS proxy</source>
        <translation>HTTPS プロキシ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシ除外</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>イメージ フォルダー</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Cloud config location</source>
        <translation>クラウド構成の場所</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>コントロール プレーン</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM サイズ</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>AKS hybrid</source>
        <translation>AKS hybrid</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>show the management cluster&apos;s configuration</source>
        <translation>管理クラスターの構成を表示します</translation>
    </message>
</context>
<context>
    <name>CredentialResolver</name>
    <message>
        <source>the environment</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>%1 is not a cloud store and needs no credentials.</source>
        <translation>%1 はクラウド ストアではないため、資格情報は不要です。</translation>
    </message>
    <message>
        <source>No credentials for %1. Save the storage account key or a SAS token in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AZURE_STORAGE_KEY or AZURE_STORAGE_SAS_TOKEN.</source>
        <translation>%1 の資格情報がありません。ストレージ アカウント キーまたは SAS トークンをキーチェーンに保存する (aks-recovery credentials set %1 で標準入力から読み取ります)、--credentials-file で velero の資格情報ファイルを指定する、または AZURE_STORAGE_KEY か AZURE_STORAGE_SAS_TOKEN を設定してください。</translation>
    </message>
    <message>
        <source>No credentials for %1. Save the access key in the keychain (aks-recovery credentials set %1, reading it from stdin), give the velero credentials file with --credentials-file, or set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY.</source>
        <translation>%1 の資格情報がありません。アクセス キーをキーチェーンに保存する (aks-recovery credentials set %1 で標準入力から読み取ります)、--credentials-file で velero の資格情報ファイルを指定する、または AWS_ACCESS_KEY_ID と AWS_SECRET_ACCESS_KEY を設定してください。</translation>
    </message>
    <message>
        <source>The credentials for %1 are not sent to %2: over plain %3:// a secret would cross the network in clear text. Only a loopback emulator (127.0.0.1, ::1, localhost) may be reached without TLS.</source>
        <translation>%1 の資格情報は %2 に送信されません: 暗号化されていない %3:// では、シークレットがプレーン テキストでネットワークを通過してしまいます。TLS なしで接続できるのは、ループバックのエミュレーター (127.0.0.1、::1、localhost) だけです。</translation>
    </message>
    <message>
        <source>Use an https:// endpoint.</source>
        <translation>https:// エンドポイントを使用してください。</translation>
    </message>
    <message>
        <source>The keychain entry for %1 saved by an older version, without its endpoint, is not used: save the secret again for this endpoint.</source>
        <translation>以前のバージョンでエンドポイントなしで保存された %1 のキーチェーン エントリは使用されません: このエンドポイント用にシークレットをもう一度保存してください。</translation>
    </message>
    <message>
        <source>Keychain not used for %1: %2</source>
        <translation>%1 にはキーチェーンを使用しません: %2</translation>
    </message>
    <message>
        <source>The keychain holds credentials for %1 saved without an endpoint; they are not used. Save them again with `aks-recovery credentials set %1` (and --endpoint).</source>
        <translation>キーチェーンには、エンドポイントなしで保存された %1 の資格情報がありますが、使用されません。`aks-recovery credentials set %1` (および --endpoint) でもう一度保存してください。</translation>
    </message>
    <message>
        <source>No credentials for %1. Open the store with File &gt; Open backup store... and type the storage account key or a SAS token (kept in the keychain, or for this session only), or name the velero credentials file there.</source>
        <translation>%1 の資格情報がありません。[ファイル] &gt; [バックアップ ストアを開く...] でストアを開き、ストレージ アカウント キーまたは SAS トークンを入力する (キーチェーンに保存するか、このセッションのみ使用します) か、そこで velero の資格情報ファイルを指定してください。</translation>
    </message>
    <message>
        <source>No credentials for %1. Open the store with File &gt; Open backup store... and type the access key id and secret (kept in the keychain, or for this session only), or name the velero credentials file there.</source>
        <translation>%1 の資格情報がありません。[ファイル] &gt; [バックアップ ストアを開く...] でストアを開き、アクセス キー ID とシークレットを入力する (キーチェーンに保存するか、このセッションのみ使用します) か、そこで velero の資格情報ファイルを指定してください。</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>The OS keychain did not answer within %1 s; unlock it and try again.</source>
        <translation>OS のキーチェーンが %1 秒以内に応答しませんでした。ロックを解除してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>Cannot read the credentials for %1 from the OS keychain: %2.</source>
        <translation>%1 の資格情報を OS のキーチェーンから読み取れません: %2。</translation>
    </message>
    <message>
        <source>the OS keychain</source>
        <translation>OS のキーチェーン</translation>
    </message>
    <message>
        <source>The keychain entry for %1 is not one this app wrote; save the credentials again (aks-recovery credentials set %1).</source>
        <translation>%1 のキーチェーン エントリは、このアプリが書き込んだものではありません。資格情報をもう一度保存してください (aks-recovery credentials set %1)。</translation>
    </message>
    <message>
        <source>Cannot delete the credentials for %1 from the OS keychain: %2.</source>
        <translation>%1 の資格情報を OS のキーチェーンから削除できません: %2。</translation>
    </message>
    <message>
        <source>no keychain service (Secret Service or KWallet) is running in this desktop session</source>
        <translation>このデスクトップ セッションでキーチェーン サービス (Secret Service または KWallet) が実行されていません</translation>
    </message>
    <message>
        <source>the keychain&apos;s request for access was declined</source>
        <translation>キーチェーンへのアクセス要求が拒否されました</translation>
    </message>
    <message>
        <source>the keychain is locked or refused access</source>
        <translation>キーチェーンがロックされているか、アクセスが拒否されました</translation>
    </message>
    <message>
        <source>the keychain service could not be reached</source>
        <translation>キーチェーン サービスに接続できませんでした</translation>
    </message>
    <message>
        <source>The secret could not be saved in the OS keychain: %1.</source>
        <translation>シークレットを OS のキーチェーンに保存できませんでした: %1。</translation>
    </message>
    <message>
        <source>Unlock or start the keychain, or use the secret for this session only.</source>
        <translation>キーチェーンのロックを解除するか起動してください。または、シークレットをこのセッションでのみ使用してください。</translation>
    </message>
</context>
<context>
    <name>CredentialsCommand</name>
    <message>
        <source>  credentials set STORE [--sas] [--access-key-id ID]   the secret is read from stdin
  credentials delete STORE
  credentials import-file STORE FILE [--delete-file | --keep-file]
STORE is azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>  credentials set STORE [--sas] [--access-key-id ID]   シークレットは標準入力から読み取られます
  credentials delete STORE
  credentials import-file STORE FILE [--delete-file | --keep-file]
STORE は azure://ACCOUNT/CONTAINER[/PREFIX] または s3://BUCKET[/PREFIX] です。</translation>
    </message>
    <message>
        <source>Azure: the secret is a SAS token, not the storage account key.</source>
        <translation>Azure: シークレットはストレージ アカウント キーではなく SAS トークンです。</translation>
    </message>
    <message>
        <source>S3: the access key id the secret belongs to.</source>
        <translation>S3: シークレットが属するアクセス キー ID。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>import-file, S3: the profile to read (default: default).</source>
        <translation>import-file、S3: 読み取るプロファイル (既定: default)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>import-file: delete the file once its secret is saved.</source>
        <translation>import-file: シークレットの保存後にファイルを削除します。</translation>
    </message>
    <message>
        <source>import-file: keep the file.</source>
        <translation>import-file: ファイルを保持します。</translation>
    </message>
    <message>
        <source>Usage: aks-recovery credentials set|delete STORE, or credentials import-file STORE FILE.</source>
        <translation>使用法: aks-recovery credentials set|delete STORE、または credentials import-file STORE FILE。</translation>
    </message>
    <message>
        <source>%1 is not a cloud store; only azure:// and s3:// stores have credentials.</source>
        <translation>%1 はクラウド ストアではありません。資格情報を持つのは azure:// ストアと s3:// ストアだけです。</translation>
    </message>
    <message>
        <source>Deleted the credentials for %1 from the OS keychain.</source>
        <translation>%1 の資格情報を OS のキーチェーンから削除しました。</translation>
    </message>
    <message>
        <source>An S3 store needs --access-key-id ID; the secret access key is read from stdin.</source>
        <translation>S3 ストアには --access-key-id ID が必要です。シークレット アクセス キーは標準入力から読み取られます。</translation>
    </message>
    <message>
        <source>No secret on stdin. Pipe it in, e.g. from your password manager.</source>
        <translation>標準入力にシークレットがありません。パスワード マネージャーなどからパイプで渡してください。</translation>
    </message>
    <message>
        <source>Saved the credentials for %1 in the OS keychain.</source>
        <translation>%1 の資格情報を OS のキーチェーンに保存しました。</translation>
    </message>
    <message>
        <source>%1 still holds the secret in plain text. Delete it now? [y/N] </source>
        <translation>%1 にはまだシークレットがプレーン テキストで保存されています。今すぐ削除しますか? [y/N] </translation>
    </message>
    <message>
        <source>Cannot delete %1; delete it yourself.</source>
        <translation>%1 を削除できません。手動で削除してください。</translation>
    </message>
    <message>
        <source>Deleted %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>Kept %1; delete it once you no longer need it, since it holds the secret in plain text.</source>
        <translation>%1 を保持しました。シークレットがプレーン テキストで含まれているため、不要になったら削除してください。</translation>
    </message>
    <message>
        <source>save, import or delete an Azure Blob or S3 store&apos;s secret in the OS keychain</source>
        <translation>Azure Blob または S3 ストアのシークレットを OS のキーチェーンに保存、インポート、または削除します</translation>
    </message>
    <message>
        <source>The custom endpoint (Azurite, Azure Stack Hub, MinIO) the secret is for; it is only ever sent there.</source>
        <translation>シークレットの対象となるカスタム エンドポイント (Azurite、Azure Stack Hub、MinIO)。シークレットはこのエンドポイント以外には送信されません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid endpoint URL.</source>
        <translation>&apos;%1&apos; は有効なエンドポイント URL ではありません。</translation>
    </message>
</context>
<context>
    <name>CredentialsFileParser</name>
    <message>
        <source>Cannot read the credentials file %1: %2.</source>
        <translation>資格情報ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>%1 is too large to be a velero credentials file.</source>
        <translation>%1 は velero の資格情報ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>the credentials file %1</source>
        <translation>資格情報ファイル %1</translation>
    </message>
    <message>
        <source>%1 holds service principal credentials (AZURE_CLIENT_ID/AZURE_CLIENT_SECRET); this app reads the storage with the storage account key. Add AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; or give the key another way.</source>
        <translation>%1 にはサービス プリンシパルの資格情報 (AZURE_CLIENT_ID/AZURE_CLIENT_SECRET) が含まれていますが、このアプリはストレージ アカウント キーを使用してストレージを読み取ります。AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; を追加するか、別の方法でキーを指定してください。</translation>
    </message>
    <message>
        <source>%1 looks like an AWS credentials file, but the store is on Azure Blob Storage; it needs a line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</source>
        <translation>%1 は AWS の資格情報ファイルのようですが、ストアは Azure Blob Storage 上にあります。AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; という行が必要です。</translation>
    </message>
    <message>
        <source>%1 has no line AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt;.</source>
        <translation>%1 に AZURE_STORAGE_ACCOUNT_ACCESS_KEY=&lt;key&gt; という行がありません。</translation>
    </message>
    <message>
        <source>%1 has no [%2] profile.</source>
        <translation>%1 に [%2] プロファイルがありません。</translation>
    </message>
    <message>
        <source>%1 is not an AWS credentials file: it needs a [%2] profile with aws_access_key_id and aws_secret_access_key.</source>
        <translation>%1 は AWS の資格情報ファイルではありません: aws_access_key_id と aws_secret_access_key を含む [%2] プロファイルが必要です。</translation>
    </message>
    <message>
        <source>The [%1] profile in %2 needs both aws_access_key_id and aws_secret_access_key.</source>
        <translation>%2 の [%1] プロファイルには、aws_access_key_id と aws_secret_access_key の両方が必要です。</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>Could not clear the demo environment in %1.</source>
        <translation>%1 のデモ環境をクリアできませんでした。</translation>
    </message>
    <message>
        <source>Could not create the demo environment in %1.</source>
        <translation>%1 にデモ環境を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not seed the demo environment: %1</source>
        <translation>デモ環境を初期化できませんでした: %1</translation>
    </message>
    <message>
        <source>Could not seed the demo environment: %1 exited with %2.</source>
        <translation>デモ環境を初期化できませんでした: %1 が %2 で終了しました。</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Demo environment seeded in %1</source>
        <translation>デモ環境を %1 に初期化しました</translation>
    </message>
</context>
<context>
    <name>DiffEntry</name>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>コントロール プレーン</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <source>Node pool</source>
        <translation>ノード プール</translation>
    </message>
    <message>
        <source>Kubernetes version</source>
        <translation>Kubernetes バージョン</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>その他</translation>
    </message>
    <message>
        <source>Secret (redacted)</source>
        <translation>シークレット (マスク済み)</translation>
    </message>
    <message>
        <source>Volatile</source>
        <translation>変動</translation>
    </message>
    <message>
        <source>equal</source>
        <translation>同一</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>DiffReportBuilder</name>
    <message>
        <source>Configuration comparison: %1 and %2</source>
        <translation>構成の比較: %1 と %2</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Compared</source>
        <translation>比較日時</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>The deployments match: every field that matters for a restore is equal.</source>
        <translation>デプロイは一致しています: 復元に関係するすべてのフィールドが同一です。</translation>
    </message>
    <message numerus="yes">
        <source>The deployments differ in %n field(s) that matter for a restore.</source>
        <translation>
            <numerusform>デプロイは、復元に関係する %n 個のフィールドで異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 equal, %2 changed, %3 added, %4 removed; %5 volatile field(s) ignored.</source>
        <translation>同一 %1、変更 %2、追加 %3、削除 %4。変動フィールド %5 個は無視されました。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(存在しない)</translation>
    </message>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>Differences that matter for a restore</source>
        <translation>復元に関係する相違点</translation>
    </message>
    <message>
        <source>Other differences</source>
        <translation>その他の相違点</translation>
    </message>
    <message>
        <source>Equal fields</source>
        <translation>同一のフィールド</translation>
    </message>
    <message>
        <source>Ignored fields (change on every rebuild)</source>
        <translation>無視されるフィールド (再構築のたびに変化します)</translation>
    </message>
</context>
<context>
    <name>DroppedPath</name>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a backup downloaded with velero backup download (a .tar.gz).</source>
        <translation>%1 は velero backup download でダウンロードしたバックアップ (.tar.gz) ではありません。</translation>
    </message>
    <message>
        <source>%1 holds neither a backup store (a backups/ folder) nor config snapshots (manifest.json).</source>
        <translation>%1 には、バックアップ ストア (backups/ フォルダー) も構成スナップショット (manifest.json) もありません。</translation>
    </message>
</context>
<context>
    <name>EnvCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>PowerShell mode: %1</source>
        <translation>PowerShell モード: %1</translation>
    </message>
    <message>
        <source>NOT FOUND (%1)</source>
        <translation>見つかりません (%1)</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>データ フォルダー: %1</translation>
    </message>
    <message>
        <source>Log file: %1</source>
        <translation>ログ ファイル: %1</translation>
    </message>
    <message>
        <source>%1 was not found as &apos;%2&apos;: install it or give its path with --%1.</source>
        <translation>%1 が &apos;%2&apos; として見つかりませんでした: インストールするか、--%1 でパスを指定してください。</translation>
    </message>
    <message>
        <source>show the environment and tools in use, and check they exist</source>
        <translation>使用中の環境とツールを表示し、それらが存在することを確認します</translation>
    </message>
</context>
<context>
    <name>EnvironmentResolver</name>
    <message>
        <source>This machine</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Demo environment</source>
        <translation>デモ環境</translation>
    </message>
    <message>
        <source>Unknown PowerShell mode &apos;%1&apos;: use &apos;long-lived&apos; or &apos;per-call&apos;.</source>
        <translation>不明な PowerShell モード &apos;%1&apos; です: &apos;long-lived&apos; または &apos;per-call&apos; を使用してください。</translation>
    </message>
    <message>
        <source>The long timeout must be a number of seconds from 60 to 604800, not &apos;%1&apos;.</source>
        <translation>長時間タイムアウトには、60 ～ 604800 の秒数を指定してください (&apos;%1&apos; は指定できません)。</translation>
    </message>
</context>
<context>
    <name>GlobalOptions</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 には値が必要です。</translation>
    </message>
    <message>
        <source>--powershell-mode takes &apos;long-lived&apos; or &apos;per-call&apos;, not &apos;%1&apos;.</source>
        <translation>--powershell-mode には &apos;long-lived&apos; または &apos;per-call&apos; を指定してください (&apos;%1&apos; は指定できません)。</translation>
    </message>
    <message>
        <source>Usage: aks-recovery [options]                 start the GUI
       aks-recovery [options] &lt;command&gt; ...   run a job without a display

Options:
  --demo                    use the demo environment (simulated AKS hybrid and velero)
  --demo-reset              put the demo environment back to its seeded state
  --powershell PATH         the PowerShell to run (also AKS_RECOVERY_POWERSHELL)
  --powershell-mode MODE    long-lived (default) or per-call
  --long-timeout SECONDS    raise the wait for installs, cluster builds and restores
                            (also AKS_RECOVERY_LONG_TIMEOUT; Install-AksHci waits 4 h
                            by default, New-AksHciCluster 2 h)
  --velero PATH             the velero CLI to run (also AKS_RECOVERY_VELERO)
  --kubectl PATH            the kubectl to run (also AKS_RECOVERY_KUBECTL)
  --lang ja|en              the language of the interface
  -v, --verbose             log to stderr as well
  --version                 print the version
  -h, --help                print this help, or a command&apos;s help

Exit codes: 0 done, 1 the job failed, 2 bad usage.
</source>
        <translation>使用法: aks-recovery [options]                 GUI を起動します
        aks-recovery [options] &lt;command&gt; ...   画面なしでジョブを実行します

オプション:
  --demo                    デモ環境を使用します (AKS hybrid と velero をシミュレート)
  --demo-reset              デモ環境を初期状態に戻します
  --powershell PATH         実行する PowerShell (AKS_RECOVERY_POWERSHELL でも指定可)
  --powershell-mode MODE    long-lived (既定) または per-call
  --long-timeout SECONDS    インストール、クラスターの構築、復元の待機時間を延長します
                            (AKS_RECOVERY_LONG_TIMEOUT でも指定可。既定の待機時間は
                            Install-AksHci が 4 時間、New-AksHciCluster が 2 時間)
  --velero PATH             実行する velero CLI (AKS_RECOVERY_VELERO でも指定可)
  --kubectl PATH            実行する kubectl (AKS_RECOVERY_KUBECTL でも指定可)
  --lang ja|en              インターフェイスの言語
  -v, --verbose             stderr にもログを出力します
  --version                 バージョンを出力します
  -h, --help                このヘルプ、またはコマンドのヘルプを出力します

終了コード: 0 完了、1 ジョブの失敗、2 使用法の誤り。
</translation>
    </message>
</context>
<context>
    <name>GuiMain</name>
    <message>
        <source>Demo environment</source>
        <translation>デモ環境</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>AKS Recovery Console %1 starting</source>
        <translation>AKS Recovery Console %1 を起動しています</translation>
    </message>
</context>
<context>
    <name>GzipInflater</name>
    <message>
        <source>corrupt gzip data (%1) after %2 compressed bytes</source>
        <translation>圧縮データ %2 バイトの後で gzip データの破損を検出しました (%1)</translation>
    </message>
    <message>
        <source>inflates to more than %1 bytes, the cap for one artifact</source>
        <translation>展開後のサイズが、1 つのアーティファクトの上限である %1 バイトを超えます</translation>
    </message>
    <message>
        <source>inflates more than %1 times its compressed size: refused as a decompression bomb</source>
        <translation>展開後のサイズが圧縮サイズの %1 倍を超えます: 展開爆弾として拒否されました</translation>
    </message>
    <message>
        <source>empty: no gzip data</source>
        <translation>空です: gzip データがありません</translation>
    </message>
    <message>
        <source>truncated: the gzip stream ends after %1 compressed bytes, before its end marker (the upload or download was cut short)</source>
        <translation>途中で切れています: gzip ストリームが終了マーカーの前、圧縮データ %1 バイトの後で終わっています (アップロードまたはダウンロードが途中で中断されました)</translation>
    </message>
</context>
<context>
    <name>HealthChecker</name>
    <message>
        <source>Rotate the management cluster&apos;s certificates and tokens</source>
        <translation>管理クラスターの証明書とトークンをローテーションする</translation>
    </message>
    <message>
        <source>Log mocctl in again (its certificate expired)</source>
        <translation>mocctl にもう一度ログインする (証明書の有効期限切れ)</translation>
    </message>
    <message>
        <source>Repair the management cluster&apos;s certificates (deprecated cmdlet)</source>
        <translation>管理クラスターの証明書を修復する (非推奨のコマンドレット)</translation>
    </message>
    <message>
        <source>Reprovision the control plane certificates of %1</source>
        <translation>%1 のコントロール プレーン証明書を再プロビジョニングする</translation>
    </message>
    <message>
        <source>Reprovision the cloud agent tokens of %1</source>
        <translation>%1 のクラウド エージェント トークンを再プロビジョニングする</translation>
    </message>
    <message>
        <source>Repair the certificates of %1 (deprecated cmdlet)</source>
        <translation>%1 の証明書を修復する (非推奨のコマンドレット)</translation>
    </message>
    <message>
        <source>%1 failed the way expired certificates or tokens make it fail: %2</source>
        <translation>%1 は、証明書またはトークンの有効期限切れで起こる形で失敗しました: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>AKS hybrid is configured but not installed (%1).</source>
        <translation>AKS hybrid は構成されていますが、インストールされていません (%1)。</translation>
    </message>
    <message>
        <source>Get-AksHciCluster reports %1 as %2.</source>
        <translation>Get-AksHciCluster は %1 を %2 と報告しています。</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 could not be fetched: %2</source>
        <translation>%1 の kubeconfig を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>The API server of %1 did not answer: %2</source>
        <translation>%1 の API サーバーが応答しませんでした: %2</translation>
    </message>
    <message>
        <source>The kubeconfig of %1 cannot be checked: %2</source>
        <translation>%1 の kubeconfig を確認できません: %2</translation>
    </message>
    <message>
        <source>The kubeconfig client certificate of %1 expired on %2.</source>
        <translation>%1 の kubeconfig のクライアント証明書は %2 に有効期限が切れました。</translation>
    </message>
    <message numerus="yes">
        <source>The kubeconfig client certificate of %1 expires on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>%1 の kubeconfig のクライアント証明書は %2 に有効期限が切れます (残り %n 日)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The cluster CA of %1 expired on %2.</source>
        <translation>%1 のクラスター CA は %2 に有効期限が切れました。</translation>
    </message>
    <message numerus="yes">
        <source>The cluster CA of %1 expires on %2 (%n day(s) left).</source>
        <translation>
            <numerusform>%1 のクラスター CA は %2 に有効期限が切れます (残り %n 日)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The kubeconfig of %1 authenticates with a token; it has no client certificate to expire.</source>
        <translation>%1 の kubeconfig はトークンで認証するため、有効期限が切れるクライアント証明書はありません。</translation>
    </message>
</context>
<context>
    <name>HealthCommand</name>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Exit 1 when a certificate expires within DAYS days (default %1).</source>
        <translation>証明書の有効期限が DAYS 日以内に切れる場合は、終了コード 1 で終了します (既定値 %1)。</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>DAYS</translation>
    </message>
    <message>
        <source>Run the documented repair ID of a finding (the ids are listed with each finding).</source>
        <translation>検出結果の文書化された修復 ID を実行します (ID は各検出結果と共に表示されます)。</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>With --repair: the deployment or cluster NAME the repair is for.</source>
        <translation>--repair と共に使用: 修復の対象となるデプロイまたはクラスターの NAME。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>With --repair: print the script; change nothing.</source>
        <translation>--repair と共に使用: スクリプトを出力します。何も変更しません。</translation>
    </message>
    <message>
        <source>With --repair: write an HTML report of the run to FILE.</source>
        <translation>--repair と共に使用: 実行の HTML レポートを FILE に書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>--warn-days takes a whole number of days between 0 and 3650.</source>
        <translation>--warn-days には 0 から 3650 までの整数の日数を指定してください。</translation>
    </message>
    <message>
        <source>--%1 goes with --repair.</source>
        <translation>--%1 は --repair と共に指定してください。</translation>
    </message>
    <message>
        <source>Deployment %1: %2, AKS hybrid %3</source>
        <translation>デプロイ %1: %2、AKS hybrid %3</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(不明)</translation>
    </message>
    <message>
        <source>answers</source>
        <translation>応答あり</translation>
    </message>
    <message>
        <source>not installed</source>
        <translation>未インストール</translation>
    </message>
    <message>
        <source>does not answer</source>
        <translation>応答なし</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(バージョン不明)</translation>
    </message>
    <message>
        <source>Cluster %1: Kubernetes %2, %3, %4</source>
        <translation>クラスター %1: Kubernetes %2、%3、%4</translation>
    </message>
    <message>
        <source>API server answers</source>
        <translation>API サーバー応答あり</translation>
    </message>
    <message>
        <source>API server not reached</source>
        <translation>API サーバーに到達できません</translation>
    </message>
    <message>
        <source>    repair %1%2: %3</source>
        <translation>    修復 %1%2: %3</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (非推奨)</translation>
    </message>
    <message numerus="yes">
        <source>Something needs action or expires within %n day(s).</source>
        <translation>
            <numerusform>対処が必要な項目、または %n 日以内に有効期限が切れる項目があります。</numerusform>
        </translation>
    </message>
    <message>
        <source>No finding offers the repair &apos;%1&apos; now; run `aks-recovery health` for the current ones.</source>
        <translation>現在、修復 &apos;%1&apos; を提示している検出結果はありません。現在の検出結果は `aks-recovery health` を実行して確認してください。</translation>
    </message>
    <message>
        <source>Run again with --repair %1 --confirm %2.</source>
        <translation>--repair %1 --confirm %2 を指定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>The journal is %1.</source>
        <translation>ジャーナルは %1 です。</translation>
    </message>
    <message>
        <source>diagnose the deployment and its certificates&apos; expiry, and run a documented repair (exit 1 when something needs action)</source>
        <translation>デプロイとその証明書の有効期限を診断し、文書化された修復を実行します (対処が必要な場合は終了コード 1 で終了します)</translation>
    </message>
</context>
<context>
    <name>HealthFinding</name>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>通知</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重大</translation>
    </message>
</context>
<context>
    <name>HealthRepairRun</name>
    <message>
        <source>The documented repair of expired certificates and tokens, then the diagnosis again.</source>
        <translation>期限切れの証明書とトークンに対する文書化された修復を行い、その後もう一度診断します。</translation>
    </message>
    <message>
        <source>the management cluster of %1</source>
        <translation>%1 の管理クラスター</translation>
    </message>
    <message>
        <source>the workload cluster %1</source>
        <translation>ワークロード クラスター %1</translation>
    </message>
    <message>
        <source>the certificates and tokens of %1 are replaced</source>
        <translation>%1 の証明書とトークンが置き換えられます</translation>
    </message>
    <message>
        <source>The repair replaces the certificates and tokens of %1: kubeconfigs fetched before it stop working, so fetch them again (Get-AksHciCredential).</source>
        <translation>修復によって %1 の証明書とトークンが置き換えられます。修復前に取得した kubeconfig は使用できなくなるため、もう一度取得してください (Get-AksHciCredential)。</translation>
    </message>
    <message>
        <source>The repair ran, but the diagnosis still finds expired certificates: %1</source>
        <translation>修復は実行されましたが、診断ではまだ期限切れの証明書が検出されます: %1</translation>
    </message>
    <message>
        <source>The management cluster answers again; no expired certificate found.</source>
        <translation>管理クラスターが再び応答しています。期限切れの証明書は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1 has no expired certificate any more.</source>
        <translation>%1 に期限切れの証明書はなくなりました。</translation>
    </message>
</context>
<context>
    <name>HistoryCommand</name>
    <message>
        <source>The workload cluster.</source>
        <translation>ワークロード クラスター。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The cluster&apos;s kubeconfig (default: fetched with Get-AksHciCredential).</source>
        <translation>クラスターの kubeconfig (既定: Get-AksHciCredential で取得)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>The context in the kubeconfig.</source>
        <translation>kubeconfig 内のコンテキスト。</translation>
    </message>
    <message>
        <source>CONTEXT</source>
        <translation>CONTEXT</translation>
    </message>
    <message>
        <source>Velero&apos;s namespace (default velero).</source>
        <translation>Velero の名前空間 (既定: velero)。</translation>
    </message>
    <message>
        <source>NS</source>
        <translation>NS</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>history needs --cluster NAME and takes no other arguments.</source>
        <translation>history には --cluster NAME が必要です。その他の引数は指定できません。</translation>
    </message>
    <message>
        <source>BACKUP</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>PHASE</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>TAKEN (UTC)</source>
        <translation>取得日時 (UTC)</translation>
    </message>
    <message>
        <source>AGE</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>ERRORS</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>WARNINGS</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>SCHEDULE</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>No backups.</source>
        <translation>バックアップはありません。</translation>
    </message>
    <message>
        <source>RPO %1: no Completed backup.</source>
        <translation>RPO %1: Completed のバックアップがありません。</translation>
    </message>
    <message>
        <source>RPO %1: newest Completed backup %2 is %3 old (%4).</source>
        <translation>RPO %1: 最新の Completed のバックアップ %2 は %3 前のものです (%4)。</translation>
    </message>
    <message>
        <source>within RPO</source>
        <translation>RPO 以内</translation>
    </message>
    <message>
        <source>RPO BREACHED</source>
        <translation>RPO 超過</translation>
    </message>
    <message>
        <source>list a workload cluster&apos;s Velero backups</source>
        <translation>ワークロード クラスターの Velero バックアップを一覧表示します</translation>
    </message>
</context>
<context>
    <name>HistoryLoader</name>
    <message>
        <source>cluster name</source>
        <translation>クラスター名</translation>
    </message>
    <message>
        <source>Could not create the private folder %1 for kubeconfig files.</source>
        <translation>kubeconfig ファイル用のプライベート フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not get the kubeconfig of cluster &apos;%1&apos;: %2</source>
        <translation>クラスター &apos;%1&apos; の kubeconfig を取得できませんでした: %2</translation>
    </message>
    <message>
        <source>Listing workload clusters</source>
        <translation>ワークロード クラスターの一覧を取得しています</translation>
    </message>
    <message>
        <source>Reading the backup history was cancelled.</source>
        <translation>バックアップ履歴の読み取りはキャンセルされました。</translation>
    </message>
    <message>
        <source>Reading Velero on %1</source>
        <translation>%1 の Velero を読み取っています</translation>
    </message>
</context>
<context>
    <name>HttpFetcher</name>
    <message>
        <source>Cannot read the CA certificate file %1: %2.</source>
        <translation>CA 証明書ファイル %1 を読み取れません: %2。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 holds no PEM certificate.</source>
        <translation>CA 証明書ファイル %1 に PEM 証明書が含まれていません。</translation>
    </message>
    <message>
        <source>Reading %1 was cancelled.</source>
        <translation>%1 の読み取りはキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 is larger than %2 bytes, the most this app reads of it at once.</source>
        <translation>%1 は、このアプリが一度に読み取れる上限の %2 バイトを超えています。</translation>
    </message>
    <message>
        <source>The storage server %1 sent nothing for %2 s while %3 was read; check the endpoint and the network, or try again later.</source>
        <translation>%3 の読み取り中に、ストレージ サーバー %1 から %2 秒間応答がありませんでした。エンドポイントとネットワークを確認するか、しばらくしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 of %3 bytes of %4; try again.</source>
        <translation>%1 への接続が、%4 の %3 バイト中 %2 バイトの時点で切断されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to %1 broke after %2 bytes of %3; try again.</source>
        <translation>%1 への接続が、%3 の %2 バイトの時点で切断されました。もう一度お試しください。</translation>
    </message>
    <message>
        <source>The TLS certificate of %1 could not be verified, so %2 was not read. If the server uses a private CA, give its certificate as the CA file.</source>
        <translation>%1 の TLS 証明書を検証できなかったため、%2 は読み取られませんでした。サーバーがプライベート CA を使用している場合は、その証明書を CA ファイルとして指定してください。</translation>
    </message>
    <message>
        <source>Cannot reach the storage server %1 to read %2: %3. Check the endpoint, the network and any proxy.</source>
        <translation>%2 を読み取るためにストレージ サーバー %1 に接続できません: %3。エンドポイント、ネットワーク、およびプロキシを確認してください。</translation>
    </message>
    <message>
        <source>%1 changed on the server while it was read; read it again.</source>
        <translation>%1 は読み取り中にサーバー上で変更されました。もう一度読み取ってください。</translation>
    </message>
    <message>
        <source>The storage server %1 answered the rest of %2 with other bytes than were asked for; try again.</source>
        <translation>ストレージ サーバー %1 は、%2 の残りの要求に対して要求とは異なる範囲のバイトを返しました。もう一度やり直してください。</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>The backup to inspect.</source>
        <translation>検査するバックアップ。</translation>
    </message>
    <message>
        <source>Print the summary as JSON.</source>
        <translation>概要を JSON で出力します。</translation>
    </message>
    <message>
        <source>Print one line per object in the tarball.</source>
        <translation>tarball 内のオブジェクトごとに 1 行ずつ出力します。</translation>
    </message>
    <message>
        <source>Print the JSON of one object: --show KIND NAMESPACE/NAME.</source>
        <translation>1 つのオブジェクトの JSON を出力します: --show KIND NAMESPACE/NAME。</translation>
    </message>
    <message>
        <source>Print the backup&apos;s log.</source>
        <translation>バックアップのログを出力します。</translation>
    </message>
    <message>
        <source>With --logs: only lines at this level or above (info, warning, error).</source>
        <translation>--logs と併用: このレベル以上の行のみを出力します (info、warning、error)。</translation>
    </message>
    <message>
        <source>Use only one of --json, --list, --show and --logs.</source>
        <translation>--json、--list、--show、--logs のいずれか 1 つだけを使用してください。</translation>
    </message>
    <message>
        <source>--show needs KIND and NAMESPACE/NAME (NAME for cluster-scoped objects).</source>
        <translation>--show には KIND と NAMESPACE/NAME が必要です (クラスター スコープのオブジェクトの場合は NAME)。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>予期しない引数 %1 です。</translation>
    </message>
    <message>
        <source>--level goes with --logs and is one of debug, info, warning, error.</source>
        <translation>--level は --logs と併用し、debug、info、warning、error のいずれかを指定します。</translation>
    </message>
    <message>
        <source>Backup %1 has no log in %2 (%3 is absent).</source>
        <translation>バックアップ %1 のログは %2 にありません (%3 が存在しません)。</translation>
    </message>
    <message>
        <source>Backup %1 holds no %2 %3.</source>
        <translation>バックアップ %1 に %2 %3 は含まれていません。</translation>
    </message>
    <message>
        <source>Backup:      %1</source>
        <translation>バックアップ: %1</translation>
    </message>
    <message>
        <source>Phase:       %1</source>
        <translation>フェーズ:     %1</translation>
    </message>
    <message>
        <source>Started:     %1</source>
        <translation>開始:         %1</translation>
    </message>
    <message>
        <source>Completed:   %1</source>
        <translation>完了:         %1</translation>
    </message>
    <message>
        <source>Expires:     %1</source>
        <translation>有効期限:     %1</translation>
    </message>
    <message>
        <source>Errors:      %1   Warnings: %2</source>
        <translation>エラー:       %1   警告: %2</translation>
    </message>
    <message>
        <source>Objects:     %1 in %2 namespaces (format %3)</source>
        <translation>オブジェクト: %1 個 (名前空間 %2 個、形式 %3)</translation>
    </message>
    <message>
        <source>show what a backup holds, straight from its storage</source>
        <translation>バックアップの内容をストレージから直接表示します</translation>
    </message>
    <message>
        <source>[written as &quot;%1&quot;]</source>
        <translation>[&quot;%1&quot; として書き込まれています]</translation>
    </message>
    <message>
        <source>[replaces an earlier entry of the same path]</source>
        <translation>[同じパスの以前のエントリを置き換えます]</translation>
    </message>
    <message numerus="yes">
        <source>Warning:     %n entries are read by Velero otherwise than written (skipped, renamed or replaced); run verify for each.</source>
        <translation>
            <numerusform>警告:         %n 個のエントリは、書き込まれた形とは異なる形で Velero に読み取られます (スキップ、名前変更、または置き換え)。それぞれについて verify を実行してください。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>KubeNames</name>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid Kubernetes name: use lower-case letters, digits, &apos;-&apos; and &apos;.&apos;, starting and ending with a letter or digit, at most 253 characters.</source>
        <translation>%1 &apos;%2&apos; は有効な Kubernetes 名ではありません: 英小文字、数字、&apos;-&apos;、&apos;.&apos; を使用し、先頭と末尾は英数字にしてください (最大 253 文字)。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid namespace name: use lower-case letters, digits and &apos;-&apos;, starting and ending with a letter or digit, at most 63 characters.</source>
        <translation>%1 &apos;%2&apos; は有効な名前空間名ではありません: 英小文字、数字、&apos;-&apos; を使用し、先頭と末尾は英数字にしてください (最大 63 文字)。</translation>
    </message>
    <message>
        <source>The %1 &apos;%2&apos; is not a valid resource name (e.g. deployments, deployments.apps or *).</source>
        <translation>%1 &apos;%2&apos; は有効なリソース名ではありません (例: deployments、deployments.apps、*)。</translation>
    </message>
</context>
<context>
    <name>KubeconfigCertificates</name>
    <message>
        <source>The kubeconfig is too large to be one.</source>
        <translation>kubeconfig としては大きすぎます。</translation>
    </message>
    <message>
        <source>Line %1 of the kubeconfig: %2 is not base64.</source>
        <translation>kubeconfig の %1 行目: %2 は base64 ではありません。</translation>
    </message>
    <message>
        <source>Line %1 of the kubeconfig: %2 holds no readable certificate: %3</source>
        <translation>kubeconfig の %1 行目: %2 に読み取り可能な証明書が含まれていません: %3</translation>
    </message>
    <message>
        <source>The kubeconfig holds no credentials (no certificate, token or CA).</source>
        <translation>kubeconfig に資格情報 (証明書、トークン、CA) が含まれていません。</translation>
    </message>
    <message>
        <source>The kubeconfig %1 cannot be read: %2</source>
        <translation>kubeconfig %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The kubeconfig %1 is too large to be one.</source>
        <translation>kubeconfig %1 は kubeconfig としては大きすぎます。</translation>
    </message>
</context>
<context>
    <name>KubectlClient</name>
    <message>
        <source>namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>kubectl printed something that is not a list of %1.</source>
        <translation>kubectl が %1 の一覧ではない内容を出力しました。</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <source>kubectl patch %1 %2 failed: %3</source>
        <translation>kubectl patch %1 %2 が失敗しました: %3</translation>
    </message>
</context>
<context>
    <name>LocalFolderStore</name>
    <message>
        <source>The backup store folder %1 does not exist.</source>
        <translation>バックアップ ストア フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 はフォルダーではありません。</translation>
    </message>
    <message>
        <source>The backup store folder %1 is not readable.</source>
        <translation>バックアップ ストア フォルダー %1 を読み取れません。</translation>
    </message>
    <message>
        <source>Backup store contains invalid top-level directories: %1 (in %2). A backup store may hold only backups/, restores/, restic/, kopia/, metadata/ and plugins/; open the folder that holds backups/ or remove the other entries.</source>
        <translation>バックアップ ストアに無効な最上位ディレクトリが含まれています: %1 (%2 内)。バックアップ ストアに含めることができるのは backups/、restores/、restic/、kopia/、metadata/、plugins/ だけです。backups/ を含むフォルダーを開くか、その他のエントリを削除してください。</translation>
    </message>
    <message>
        <source>Invalid store key %1.</source>
        <translation>無効なストア キー %1 です。</translation>
    </message>
    <message>
        <source>%1 is not in the store %2.</source>
        <translation>%1 はストア %2 にありません。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes allowed for it.</source>
        <translation>%1 は %2 バイトで、許容される %3 バイトを超えています。</translation>
    </message>
    <message>
        <source>%1 grew beyond %2 bytes while being read.</source>
        <translation>%1 は読み取り中に %2 バイトを超えて大きくなりました。</translation>
    </message>
</context>
<context>
    <name>Manifest</name>
    <message>
        <source>%1 is not a valid snapshot manifest: %2.</source>
        <translation>%1 は有効なスナップショット マニフェストではありません: %2。</translation>
    </message>
    <message>
        <source>Take a new snapshot, or restore this folder from a good copy.</source>
        <translation>新しいスナップショットを取得するか、正常なコピーからこのフォルダーを復元してください。</translation>
    </message>
    <message>
        <source>it is not a JSON object</source>
        <translation>JSON オブジェクトではありません</translation>
    </message>
    <message>
        <source>the &quot;format&quot; field is not %1</source>
        <translation>&quot;format&quot; フィールドが %1 ではありません</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is missing</source>
        <translation>&quot;formatVersion&quot; がありません</translation>
    </message>
    <message>
        <source>%1 was written by a newer aks-recovery (%2, snapshot format %3); this one reads format %4 and older.</source>
        <translation>%1 は新しいバージョンの aks-recovery (%2、スナップショット形式 %3) で書き込まれました。このバージョンで読み取れるのは形式 %4 以前です。</translation>
    </message>
    <message>
        <source>Open it with aks-recovery %1 or newer.</source>
        <translation>aks-recovery %1 以降で開いてください。</translation>
    </message>
    <message>
        <source>&quot;formatVersion&quot; is %1</source>
        <translation>&quot;formatVersion&quot; が %1 です</translation>
    </message>
    <message>
        <source>&quot;createdUtc&quot; is not a date</source>
        <translation>&quot;createdUtc&quot; が日付ではありません</translation>
    </message>
    <message>
        <source>&quot;files&quot; is missing</source>
        <translation>&quot;files&quot; がありません</translation>
    </message>
    <message>
        <source>an entry of &quot;files&quot; is not an object</source>
        <translation>&quot;files&quot; のエントリがオブジェクトではありません</translation>
    </message>
    <message>
        <source>the entry for &quot;%1&quot; is incomplete or names a path outside the folder</source>
        <translation>&quot;%1&quot; のエントリが不完全であるか、フォルダー外のパスを指定しています</translation>
    </message>
    <message>
        <source>its encryption salt, snapshot id or manifest MAC is missing or malformed</source>
        <translation>暗号化ソルト、スナップショット ID、またはマニフェスト MAC が見つからないか、形式が正しくありません</translation>
    </message>
</context>
<context>
    <name>NodePool</name>
    <message>
        <source>Get-AksHciNodePool printed something that is not a node pool.</source>
        <translation>Get-AksHciNodePool がノード プールではない内容を出力しました。</translation>
    </message>
    <message>
        <source>Get-AksHciNodePool printed a node pool without a name.</source>
        <translation>Get-AksHciNodePool が名前のないノード プールを出力しました。</translation>
    </message>
</context>
<context>
    <name>PlanRevision</name>
    <message>
        <source>An edited plan needs an id of its own: the journal %1 binds to the earlier plan.</source>
        <translation>編集した計画には独自の ID が必要です: ジャーナル %1 は以前の計画に関連付けられています。</translation>
    </message>
    <message>
        <source>Carried over from the recovery&apos;s earlier plan (journal %1).</source>
        <translation>復旧の以前の計画から引き継がれました (ジャーナル %1)。</translation>
    </message>
</context>
<context>
    <name>PowerShellExecutor</name>
    <message>
        <source>Script: %1</source>
        <translation>スクリプト: %1</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 が失敗しました: %2</translation>
    </message>
</context>
<context>
    <name>ProcessRunner</name>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n 秒</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ミリ秒</translation>
    </message>
    <message>
        <source>No program is configured for this step.</source>
        <translation>このステップにはプログラムが構成されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled before it started.</source>
        <translation>&apos;%1&apos; は開始前にキャンセルされました。</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;: the program &apos;%2&apos; was not found. Set its path in Settings or on the command line.</source>
        <translation>&apos;%1&apos; を開始できませんでした: プログラム &apos;%2&apos; が見つかりませんでした。設定またはコマンド ラインでパスを指定してください。</translation>
    </message>
    <message>
        <source>Could not start &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; を開始できませんでした: %2</translation>
    </message>
    <message>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled.</source>
        <translation>&apos;%1&apos; はキャンセルされました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; did not finish within %2 and was stopped. The host may be hung or overloaded; raise the timeout in Settings if it is just slow.</source>
        <translation>&apos;%1&apos; が %2 以内に完了しなかったため、停止しました。ホストが応答していないか、過負荷になっている可能性があります。単に処理が遅いだけの場合は、設定でタイムアウトを延長してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed more than %2 MB and was stopped.</source>
        <translation>&apos;%1&apos; の出力が %2 MB を超えたため、停止しました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; crashed before it finished.</source>
        <translation>&apos;%1&apos; は完了前にクラッシュしました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2.</source>
        <translation>&apos;%1&apos; は終了コード %2 で失敗しました。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed with exit code %2: %3</source>
        <translation>&apos;%1&apos; は終了コード %2 で失敗しました: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; printed something that is not valid JSON (or JSON nested too deeply).</source>
        <translation>&apos;%1&apos; の出力は有効な JSON ではありません (または JSON の入れ子が深すぎます)。</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>%1 exited with code %2 after %3 ms</source>
        <translation>%1 が %3 ms 後にコード %2 で終了しました</translation>
    </message>
</context>
<context>
    <name>RebuildSpec</name>
    <message>
        <source>Export the snapshot again with secrets kept (encrypted).</source>
        <translation>シークレットを保持 (暗号化) して、スナップショットをもう一度エクスポートしてください。</translation>
    </message>
    <message>
        <source>No documented parameter sets it; recreate it by hand after the rebuild, or recover another way.</source>
        <translation>これを設定するパラメーターはドキュメントに記載されていません。再構築後に手動で再作成するか、別の方法で復旧してください。</translation>
    </message>
    <message>
        <source>Management cluster</source>
        <translation>管理クラスター</translation>
    </message>
    <message>
        <source>Pick a snapshot exported from a working deployment.</source>
        <translation>正常に動作しているデプロイからエクスポートしたスナップショットを選択してください。</translation>
    </message>
    <message>
        <source>Give the proxy user (proxyUser in restore --secrets-file), or export the snapshot with secrets kept.</source>
        <translation>プロキシ ユーザーを指定する (restore --secrets-file の proxyUser) か、シークレットを保持してスナップショットをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Give the password of the proxy user %1 (restore --secrets-file), or export the snapshot with secrets kept.</source>
        <translation>プロキシ ユーザー %1 のパスワードを指定する (restore --secrets-file) か、シークレットを保持してスナップショットをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>登録</translation>
    </message>
    <message>
        <source>Export a new snapshot with this version (it records the Azure registration), then plan again.</source>
        <translation>このバージョンで新しいスナップショットをエクスポートし (Azure の登録情報が記録されます)、もう一度計画を作成してください。</translation>
    </message>
    <message>
        <source>Give the secret of the service principal %1 (restore --secrets-file).</source>
        <translation>サービス プリンシパル %1 のシークレットを指定してください (restore --secrets-file)。</translation>
    </message>
    <message>
        <source>The snapshot&apos;s registration has no subscription or resource group; export a new snapshot.</source>
        <translation>スナップショットの登録情報にサブスクリプションまたはリソース グループがありません。新しいスナップショットをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>Pick a snapshot that holds the cluster.</source>
        <translation>クラスターを含むスナップショットを選択してください。</translation>
    </message>
    <message>
        <source>No documented parameter creates %1 load balancers; the rebuild makes one. Add the others by hand afterwards.</source>
        <translation>%1 個のロード バランサーを作成するパラメーターはドキュメントに記載されていません。再構築では 1 個だけ作成されます。残りは後で手動で追加してください。</translation>
    </message>
    <message>
        <source>The settings of the autoscaler profile %1 are not in the snapshot; export a new snapshot with this version.</source>
        <translation>オートスケーラー プロファイル %1 の設定がスナップショットにありません。このバージョンで新しいスナップショットをエクスポートしてください。</translation>
    </message>
    <message>
        <source>Cluster %1, node pool %2</source>
        <translation>クラスター %1、ノード プール %2</translation>
    </message>
    <message>
        <source>New-AksHciCluster cannot create its first pool outside the autoscaler; turn it off afterwards (Set-AksHciNodePool -autoScaler $false).</source>
        <translation>New-AksHciCluster では、最初のプールをオートスケーラーの対象外として作成することはできません。作成後にオートスケーラーを無効にしてください (Set-AksHciNodePool -autoScaler $false)。</translation>
    </message>
    <message>
        <source>Cannot read the secrets file %1.</source>
        <translation>シークレット ファイル %1 を読み取れません。</translation>
    </message>
    <message>
        <source>The secrets file %1 is not a JSON object.</source>
        <translation>シークレット ファイル %1 は JSON オブジェクトではありません。</translation>
    </message>
    <message>
        <source>Pick the snapshot that holds %1.</source>
        <translation>%1 を含むスナップショットを選択してください。</translation>
    </message>
    <message>
        <source>Autoscaler profile %1</source>
        <translation>オートスケーラー プロファイル %1</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>%1: %2 -&gt; %3</source>
        <translation>%1: %2 -&gt; %3</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(存在しない)</translation>
    </message>
</context>
<context>
    <name>RecoveryTarget</name>
    <message>
        <source>This target cannot diagnose the deployment.</source>
        <translation>このターゲットではデプロイを診断できません。</translation>
    </message>
</context>
<context>
    <name>RegularFileOpener</name>
    <message>
        <source>%1 is %2; the folder store reads only regular files and follows no links, so it is refused.</source>
        <translation>%1 (%2) は拒否されました。フォルダー ストアは通常のファイルのみを読み取り、リンクをたどりません。</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 は存在しません。</translation>
    </message>
    <message>
        <source>Cannot open %1.</source>
        <translation>%1 を開けません。</translation>
    </message>
    <message>
        <source>reached through a symbolic link</source>
        <translation>シンボリック リンク経由のパス</translation>
    </message>
    <message>
        <source>below something that is not a folder</source>
        <translation>フォルダーではないものの下にあるパス</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 を開けません: %2</translation>
    </message>
    <message>
        <source>a FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>通常のファイルではありません</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>a symbolic link</source>
        <translation>シンボリック リンク</translation>
    </message>
</context>
<context>
    <name>RemoteObjectStore</name>
    <message>
        <source>the listing of &apos;%1&apos;</source>
        <translation>&apos;%1&apos; の一覧</translation>
    </message>
    <message>
        <source>%1 sent a listing this app cannot read: %2.</source>
        <translation>%1 から、このアプリで読み取れない一覧が送信されました: %2。</translation>
    </message>
    <message>
        <source>%1 sent the same page token twice; the listing cannot go on.</source>
        <translation>%1 が同じページ トークンを 2 回送信しました。一覧の取得を続行できません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos;</source>
        <translation>&apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not exist in %2.</source>
        <translation>&apos;%1&apos; は %2 に存在しません。</translation>
    </message>
</context>
<context>
    <name>RemoteStoreOpener</name>
    <message>
        <source>The credentials from %1 are for S3, but %2 is on Azure Blob Storage.</source>
        <translation>%1 から取得した資格情報は S3 用ですが、%2 は Azure Blob Storage 上にあります。</translation>
    </message>
    <message>
        <source>The storage account key from %1 is not valid base64; copy it again from the storage account&apos;s access keys.</source>
        <translation>%1 から取得したストレージ アカウント キーは有効な base64 ではありません。ストレージ アカウントのアクセス キーからもう一度コピーしてください。</translation>
    </message>
    <message>
        <source>The credentials from %1 are for Azure, but %2 is an S3 bucket.</source>
        <translation>%1 から取得した資格情報は Azure 用ですが、%2 は S3 バケットです。</translation>
    </message>
    <message>
        <source>%1 is not an Azure Blob or S3 store.</source>
        <translation>%1 は Azure Blob または S3 ストアではありません。</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Cannot save the report as %1: %2</source>
        <translation>レポートを %1 として保存できません: %2</translation>
    </message>
    <message>
        <source>Choose a folder you can write to, with free space.</source>
        <translation>書き込み可能で空き領域のあるフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>A PDF report needs the graphical application; save it as HTML.</source>
        <translation>PDF レポートにはグラフィカル アプリケーションが必要です。HTML として保存してください。</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>Write a plan from the environment to FILE.</source>
        <translation>環境から計画を作成して FILE に書き込みます。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>new-site or corruption (with --write-plan).</source>
        <translation>new-site または corruption (--write-plan と併用)。</translation>
    </message>
    <message>
        <source>SCENARIO</source>
        <translation>SCENARIO</translation>
    </message>
    <message>
        <source>Restore cluster NAME from BACKUP (repeatable; other clusters get their newest verified backup).</source>
        <translation>クラスター NAME を BACKUP から復元します (複数指定可。その他のクラスターには、検証済みの最新のバックアップが使用されます)。</translation>
    </message>
    <message>
        <source>NAME=BACKUP</source>
        <translation>NAME=BACKUP</translation>
    </message>
    <message>
        <source>The configuration snapshot folder to rebuild from (corruption).</source>
        <translation>再構築の元になる構成スナップショット フォルダー (corruption)。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>The backup storage: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET.</source>
        <translation>バックアップ ストレージ: フォルダー、azure://ACCOUNT/CONTAINER、または s3://BUCKET。</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>STORE</translation>
    </message>
    <message>
        <source>The velero credentials file of the storage.</source>
        <translation>ストレージの velero 資格情報ファイル。</translation>
    </message>
    <message>
        <source>Recovery point objective in hours (default 24).</source>
        <translation>目標復旧時点 (RPO) を時間単位で指定します (既定: 24)。</translation>
    </message>
    <message>
        <source>HOURS</source>
        <translation>HOURS</translation>
    </message>
    <message>
        <source>Run the plan in FILE.</source>
        <translation>FILE 内の計画を実行します。</translation>
    </message>
    <message>
        <source>Print every command the plan would run; change nothing.</source>
        <translation>計画で実行されるすべてのコマンドを出力します。何も変更しません。</translation>
    </message>
    <message>
        <source>Allow the destructive step of the deployment or cluster NAME (repeatable).</source>
        <translation>デプロイまたはクラスター NAME の破壊的なステップを許可します (複数指定可)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Write an HTML report of the run to FILE.</source>
        <translation>実行の HTML レポートを FILE に書き込みます。</translation>
    </message>
    <message>
        <source>Seconds between status checks while waiting (default 2).</source>
        <translation>待機中の状態チェックの間隔 (秒) です (既定: 2)。</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDS</translation>
    </message>
    <message>
        <source>restore takes no positional arguments.</source>
        <translation>restore に位置引数は指定できません。</translation>
    </message>
    <message>
        <source>Give either --write-plan FILE --scenario new-site|corruption, or --plan FILE.</source>
        <translation>--write-plan FILE --scenario new-site|corruption または --plan FILE のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>--scenario must be new-site or corruption.</source>
        <translation>--scenario には new-site または corruption を指定してください。</translation>
    </message>
    <message>
        <source>--cluster takes NAME=BACKUP, not &apos;%1&apos;.</source>
        <translation>--cluster には NAME=BACKUP を指定してください (&apos;%1&apos; は指定できません)。</translation>
    </message>
    <message>
        <source>--rpo-hours takes a positive whole number of hours.</source>
        <translation>--rpo-hours には正の整数 (時間) を指定してください。</translation>
    </message>
    <message>
        <source>Could not write the plan: %1</source>
        <translation>計画を書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Wrote the %1 plan %2 for %3:</source>
        <translation>%3 の %1 計画 %2 を書き込みました:</translation>
    </message>
    <message>
        <source>--poll-interval takes seconds between 0 and 600.</source>
        <translation>--poll-interval には 0 ～ 600 の秒数を指定してください。</translation>
    </message>
    <message>
        <source>This plan already ran to the end (journal %1). Write a new plan to restore again.</source>
        <translation>この計画は既に最後まで実行されています (ジャーナル %1)。もう一度復元するには、新しい計画を作成してください。</translation>
    </message>
    <message>
        <source>This plan was started before and did not finish (journal %1). Add --resume to continue where it stopped.</source>
        <translation>この計画は以前に開始され、完了していません (ジャーナル %1)。停止した箇所から続行するには、--resume を追加してください。</translation>
    </message>
    <message>
        <source>==&gt; %1 (%2)</source>
        <translation>==&gt; %1 (%2)</translation>
    </message>
    <message>
        <source>Dry run of the %1 plan for %2: nothing will be changed.</source>
        <translation>%2 の %1 計画のドライ ラン: 何も変更されません。</translation>
    </message>
    <message>
        <source>Could not write the report %1.</source>
        <translation>レポート %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>レポート %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Stopped before a destructive step. %1</source>
        <translation>破壊的なステップの前で停止しました。%1</translation>
    </message>
    <message>
        <source>The journal is %1; fix the cause and run again with --resume.</source>
        <translation>ジャーナルは %1 の状態です。原因を修正し、--resume を指定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>write a recovery plan (--write-plan) or run one (--plan), resumable, with a dry run</source>
        <translation>復旧計画を作成 (--write-plan) または実行 (--plan) します (再開可能、ドライ ラン対応)</translation>
    </message>
    <message>
        <source>Velero&apos;s provider where a cluster&apos;s old backup location cannot be read: azure or aws.</source>
        <translation>クラスターの以前のバックアップの場所を読み取れない場合に使用する Velero のプロバイダー: azure または aws。</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>PROVIDER</translation>
    </message>
    <message>
        <source>Velero&apos;s bucket or container, idem.</source>
        <translation>Velero のバケットまたはコンテナー (同上)。</translation>
    </message>
    <message>
        <source>BUCKET</source>
        <translation>BUCKET</translation>
    </message>
    <message>
        <source>Velero&apos;s backup location config, idem (storageAccount=...,storageAccountKeyEnvVar=... or region=...,s3Url=...).</source>
        <translation>Velero のバックアップの場所の構成 (同上。storageAccount=...,storageAccountKeyEnvVar=... または region=...,s3Url=...)。</translation>
    </message>
    <message>
        <source>KEY=VALUE,...</source>
        <translation>KEY=VALUE,...</translation>
    </message>
    <message>
        <source>A cluster&apos;s backup location prefix, idem (repeatable).</source>
        <translation>クラスターのバックアップの場所のプレフィックス (同上。複数指定可)。</translation>
    </message>
    <message>
        <source>CLUSTER=PREFIX</source>
        <translation>CLUSTER=PREFIX</translation>
    </message>
    <message>
        <source>The plugin image (default: the tag the compatibility table pairs with the velero CLI).</source>
        <translation>プラグイン イメージ (既定: 互換性テーブルで velero CLI と対応付けられているタグ)。</translation>
    </message>
    <message>
        <source>IMAGE</source>
        <translation>IMAGE</translation>
    </message>
    <message>
        <source>Acknowledge that the live workload cluster NAME, which the plan does not recreate, is destroyed by Uninstall-AksHci (repeatable; needed besides --confirm).</source>
        <translation>計画で再作成されない稼働中のワークロード クラスター NAME が、Uninstall-AksHci によって破棄されることを了承します (複数指定可。--confirm に加えて必要です)。</translation>
    </message>
    <message>
        <source>Continue the plan&apos;s run from its journal (refused if the plan changed since).</source>
        <translation>計画の実行をジャーナルから続行します (その後に計画が変更されている場合は拒否されます)。</translation>
    </message>
    <message>
        <source>JSON with the secrets a redacted snapshot lacks (proxyPassword, servicePrincipalSecret); &apos;-&apos; reads it from standard input. Never give secrets as arguments.</source>
        <translation>シークレットがマスクされたスナップショットに不足しているシークレット (proxyPassword、servicePrincipalSecret) を含む JSON。&apos;-&apos; を指定すると標準入力から読み取ります。シークレットは決して引数として指定しないでください。</translation>
    </message>
    <message>
        <source>--velero-config: %1</source>
        <translation>--velero-config: %1</translation>
    </message>
    <message>
        <source>--velero-prefix takes CLUSTER=PREFIX, not &apos;%1&apos;.</source>
        <translation>--velero-prefix には CLUSTER=PREFIX を指定してください (&apos;%1&apos; は指定できません)。</translation>
    </message>
    <message>
        <source>    velero: %1 bucket %2 prefix %3 config %4 plugin %5 credentials %6 (%7)</source>
        <translation>    velero: %1、バケット %2、プレフィックス %3、構成 %4、プラグイン %5、資格情報 %6 (%7)</translation>
    </message>
    <message>
        <source>paired with the velero CLI</source>
        <translation>velero CLI に合わせて選択</translation>
    </message>
    <message>
        <source>of the store</source>
        <translation>ストアと同じ</translation>
    </message>
    <message>
        <source>read from the old location</source>
        <translation>以前の場所から読み取り</translation>
    </message>
    <message>
        <source>given</source>
        <translation>指定値</translation>
    </message>
    <message>
        <source>The plan cannot run until it is completed: %1</source>
        <translation>計画を完成させるまで実行できません: %1</translation>
    </message>
    <message>
        <source>Run again with --resume --confirm %1%2 to go on.</source>
        <translation>続行するには、--resume --confirm %1%2 を指定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>With --write-plan: let the cluster&apos;s backup be restored even when it is PartiallyFailed (some items were not backed up; refused otherwise). Repeatable.</source>
        <translation>--write-plan と共に使用: クラスターのバックアップが PartiallyFailed であっても復元を許可します (一部の項目がバックアップされていません。指定しない場合は拒否されます)。複数指定可。</translation>
    </message>
    <message>
        <source>CLUSTER</source>
        <translation>CLUSTER</translation>
    </message>
    <message>
        <source>Acknowledge that the documented certificate repair the diagnosis offered was run and did not help, so Uninstall-AksHci may go on (recorded in the journal and the report).</source>
        <translation>診断で提示された文書化済みの証明書の修復を実行したが解決しなかったことを確認し、Uninstall-AksHci の続行を許可します (ジャーナルとレポートに記録されます)。</translation>
    </message>
    <message>
        <source>Accept the differences between the rebuilt deployment and its snapshot that the compare step listed under DIGEST, instead of repairing them (recorded in the journal and the report; a different list needs its own acceptance).</source>
        <translation>再構築したデプロイとそのスナップショットとの差異のうち、比較ステップで DIGEST として一覧表示されたものを修復せずに受け入れます (ジャーナルとレポートに記録されます。一覧が異なる場合は、別途受け入れが必要です)。</translation>
    </message>
    <message>
        <source>DIGEST</source>
        <translation>DIGEST</translation>
    </message>
    <message>
        <source>    a PartiallyFailed backup may be restored (explicit override)</source>
        <translation>    PartiallyFailed のバックアップの復元を許可 (明示的なオーバーライド)</translation>
    </message>
    <message>
        <source>Repair first: `aks-recovery health` lists the repairs, `aks-recovery health --repair ID --confirm NAME` runs one. If it did not help, run again with --resume --repair-did-not-help --confirm %1.</source>
        <translation>先に修復を行ってください: `aks-recovery health` で修復の一覧を表示し、`aks-recovery health --repair ID --confirm NAME` で実行します。解決しなかった場合は、--resume --repair-did-not-help --confirm %1 を指定してもう一度実行してください。</translation>
    </message>
    <message>
        <source>Repair these and run again with --resume, or accept exactly these differences: run again with --resume --accept-drift %1.</source>
        <translation>これらを修復して --resume を指定してもう一度実行するか、これらの差異のみを受け入れる場合は --resume --accept-drift %1 を指定してもう一度実行してください。</translation>
    </message>
</context>
<context>
    <name>RestoreEngine</name>
    <message>
        <source>[%1] already done, not run again: %2</source>
        <translation>[%1] 既に完了しているため、再実行しません: %2</translation>
    </message>
    <message>
        <source>Cancelled before &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の前にキャンセルされました。</translation>
    </message>
    <message>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <source>    DESTRUCTIVE: %1</source>
        <translation>    破壊的な操作: %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライ ラン: 何も変更されませんでした。</translation>
    </message>
    <message>
        <source>Completed with warnings.</source>
        <translation>完了しました (警告あり)。</translation>
    </message>
    <message>
        <source>Completed.</source>
        <translation>完了しました。</translation>
    </message>
    <message>
        <source>Found already done by an earlier, interrupted run; not run again.</source>
        <translation>以前の中断された実行で既に完了していたため、再実行しません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is destructive: %2 Type the name &apos;%3&apos; to go on (command line: --confirm %3).</source>
        <translation>&apos;%1&apos; は破壊的な操作です: %2 続行するには、名前 &apos;%3&apos; を入力してください (コマンド ライン: --confirm %3)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed: %2</source>
        <translation>&apos;%1&apos; が失敗しました: %2</translation>
    </message>
    <message>
        <source>Confirmed by typing &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; の入力により確認されました: %2</translation>
    </message>
    <message>
        <source>Acknowledged that %1 is destroyed and not recreated.</source>
        <translation>%1 が破棄され、再作成されないことを了承しました。</translation>
    </message>
    <message>
        <source>Also acknowledge each cluster that is lost (command line: %1).</source>
        <translation>失われる各クラスターについても了承してください (コマンド ライン: %1)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was not run: its start could not be written to the journal. %2</source>
        <translation>&apos;%1&apos; は実行されませんでした: 開始をジャーナルに書き込めませんでした。%2</translation>
    </message>
    <message>
        <source>Finished every step up to &apos;%1&apos;; the steps after it were not run in this part of the recovery.</source>
        <translation>&apos;%1&apos; までのすべてのステップが完了しました。それ以降のステップは、復旧のこの段階では実行されていません。</translation>
    </message>
    <message>
        <source>Dry run: the recovery would stop at &apos;%1&apos;: %2</source>
        <translation>ドライ ラン: 復旧は &apos;%1&apos; で停止します: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is destructive, and the diagnosis found what expired certificates or tokens cause: %2 Run the documented repair first: %3. Go on only if it did not help (command line: --repair-did-not-help).</source>
        <translation>&apos;%1&apos; は破壊的な操作であり、診断で証明書またはトークンの有効期限切れが原因となる症状が検出されました: %2 先に文書化された修復を実行してください: %3。解決しなかった場合にのみ続行してください (コマンド ライン: --repair-did-not-help)。</translation>
    </message>
    <message>
        <source>Acknowledged that the documented repair (%1) did not help; the diagnosis had found: %2</source>
        <translation>文書化された修復 (%1) で解決しなかったことが確認されました。診断での検出内容: %2</translation>
    </message>
    <message>
        <source>Step started: %1</source>
        <translation>ステップ開始: %1</translation>
    </message>
    <message>
        <source>Step cancelled: %1: %2</source>
        <translation>ステップ キャンセル: %1: %2</translation>
    </message>
    <message>
        <source>Step failed: %1: %2</source>
        <translation>ステップ失敗: %1: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was cancelled while it ran.</source>
        <translation>&apos;%1&apos; は実行中にキャンセルされました。</translation>
    </message>
    <message>
        <source>Step done: %1</source>
        <translation>ステップ完了: %1</translation>
    </message>
</context>
<context>
    <name>RestoreJournal</name>
    <message>
        <source>Could not create the journal folder for %1.</source>
        <translation>%1 のジャーナル フォルダーを作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not write the restore journal %1: %2</source>
        <translation>復元ジャーナル %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Could not open the restore journal %1: %2</source>
        <translation>復元ジャーナル %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The restore journal %1 is too large.</source>
        <translation>復元ジャーナル %1 が大きすぎます。</translation>
    </message>
    <message>
        <source>The restore journal %1 is damaged; delete it to start the recovery afresh.</source>
        <translation>復元ジャーナル %1 は破損しています。復旧を最初からやり直すには、このファイルを削除してください。</translation>
    </message>
    <message>
        <source>The restore journal %1 holds a bad plan: %2</source>
        <translation>復元ジャーナル %1 に不正な計画が含まれています: %2</translation>
    </message>
    <message>
        <source>The journal %1 was written by an older version that did not record which plan it runs, so it cannot prove the plan is unchanged. It is not resumed: check the deployment, then delete the journal and start the recovery with a new plan.</source>
        <translation>ジャーナル %1 は、実行する計画を記録しない古いバージョンによって書き込まれたため、計画が変更されていないことを証明できません。この復旧は再開されません: デプロイを確認してから、ジャーナルを削除し、新しい計画で復旧を開始してください。</translation>
    </message>
    <message>
        <source>The plan kept in the journal %1 no longer matches the digest recorded when the recovery began: the journal was edited. It is not resumed.</source>
        <translation>ジャーナル %1 に保存されている計画が、復旧の開始時に記録されたダイジェストと一致しなくなっています: ジャーナルが編集されています。この復旧は再開されません。</translation>
    </message>
    <message>
        <source>The plan differs from the one this recovery began with (journal %1): %2. A started recovery only goes on with its own plan; to restore differently, write a new plan.</source>
        <translation>計画が、この復旧の開始時の計画と異なります (ジャーナル %1): %2。開始済みの復旧は、開始時の計画でのみ続行できます。別の方法で復元するには、新しい計画を作成してください。</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Waiting for a typed name</source>
        <translation>名前の入力待ち</translation>
    </message>
    <message>
        <source>Did not finish</source>
        <translation>未完了</translation>
    </message>
</context>
<context>
    <name>RestorePlan</name>
    <message>
        <source>This is not a restore plan (the &quot;format&quot; field is not &quot;%1&quot;).</source>
        <translation>これは復元計画ではありません (&quot;format&quot; フィールドが &quot;%1&quot; ではありません)。</translation>
    </message>
    <message>
        <source>The restore plan&apos;s version is missing or newer than this app understands (%1).</source>
        <translation>復元計画のバージョンがないか、このアプリで認識できるバージョンより新しくなっています (%1)。</translation>
    </message>
    <message>
        <source>The restore plan&apos;s scenario must be &quot;new-site&quot; or &quot;corruption&quot;.</source>
        <translation>復元計画のシナリオは &quot;new-site&quot; または &quot;corruption&quot; である必要があります。</translation>
    </message>
    <message>
        <source>The restore plan has no &quot;clusters&quot; list.</source>
        <translation>復元計画に &quot;clusters&quot; リストがありません。</translation>
    </message>
    <message>
        <source>Every entry of &quot;clusters&quot; must be an object.</source>
        <translation>&quot;clusters&quot; のすべてのエントリはオブジェクトである必要があります。</translation>
    </message>
    <message>
        <source>The restore plan cannot be used: %1</source>
        <translation>復元計画を使用できません: %1</translation>
    </message>
    <message>
        <source>Could not open the restore plan %1: %2</source>
        <translation>復元計画 %1 を開けませんでした: %2</translation>
    </message>
    <message>
        <source>The restore plan %1 is too large to be a plan.</source>
        <translation>復元計画 %1 は計画としては大きすぎます。</translation>
    </message>
    <message>
        <source>The restore plan %1 is not valid JSON.</source>
        <translation>復元計画 %1 は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Could not write the restore plan %1: %2</source>
        <translation>復元計画 %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>The plan has no valid &quot;id&quot;.</source>
        <translation>計画に有効な &quot;id&quot; がありません。</translation>
    </message>
    <message>
        <source>The plan names no deployment.</source>
        <translation>計画にデプロイが指定されていません。</translation>
    </message>
    <message>
        <source>The corruption scenario needs the configuration snapshot to rebuild from (&quot;snapshot&quot;).</source>
        <translation>corruption シナリオには、再構築の元になる構成スナップショット (&quot;snapshot&quot;) が必要です。</translation>
    </message>
    <message>
        <source>The plan names no backup storage (&quot;store&quot;).</source>
        <translation>計画にバックアップ ストレージ (&quot;store&quot;) が指定されていません。</translation>
    </message>
    <message>
        <source>The plan restores no cluster.</source>
        <translation>計画で復元するクラスターがありません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid cluster name (lowercase letters, digits and &apos;-&apos;, 3-32 characters, starting with a letter).</source>
        <translation>&apos;%1&apos; は有効なクラスター名ではありません (英小文字、数字、&apos;-&apos; を使用して 3 ～ 32 文字、先頭は英字)。</translation>
    </message>
    <message>
        <source>The cluster &apos;%1&apos; is listed twice.</source>
        <translation>クラスター &apos;%1&apos; が 2 回指定されています。</translation>
    </message>
    <message>
        <source>No backup is chosen for the cluster &apos;%1&apos;.</source>
        <translation>クラスター &apos;%1&apos; のバックアップが選択されていません。</translation>
    </message>
    <message>
        <source>The cluster &apos;%1&apos; has no restore name.</source>
        <translation>クラスター &apos;%1&apos; に復元名がありません。</translation>
    </message>
    <message>
        <source>The existing-resource policy of &apos;%1&apos; must be &quot;none&quot; or &quot;update&quot;.</source>
        <translation>&apos;%1&apos; の既存リソース ポリシーは &quot;none&quot; または &quot;update&quot; である必要があります。</translation>
    </message>
    <message>
        <source>%1 added (&quot;%2&quot;)</source>
        <translation>%1 が追加されました (&quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 removed (was &quot;%2&quot;)</source>
        <translation>%1 が削除されました (以前の値: &quot;%2&quot;)</translation>
    </message>
    <message>
        <source>%1 changed from &quot;%2&quot; to &quot;%3&quot;</source>
        <translation>%1 が &quot;%2&quot; から &quot;%3&quot; に変更されました</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a container image reference for Velero&apos;s plugin (registry/path:tag or @sha256:digest).</source>
        <translation>&apos;%1&apos; は、Velero のプラグインのコンテナー イメージ参照ではありません (registry/path:tag または @sha256:digest)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket or blob container name (3-63 lowercase letters, digits, &apos;.&apos; and &apos;-&apos;).</source>
        <translation>&apos;%1&apos; は有効なバケット名または BLOB コンテナー名ではありません (英小文字、数字、&apos;.&apos;、&apos;-&apos; を使用して 3 ～ 63 文字)。</translation>
    </message>
    <message>
        <source>The backup location setting &apos;%1&apos; cannot be passed to Velero (no &apos;,&apos;, &apos;=&apos;, blanks or leading &apos;-&apos;).</source>
        <translation>バックアップの場所の設定 &apos;%1&apos; は Velero に渡せません (&apos;,&apos;、&apos;=&apos;、空白、先頭の &apos;-&apos; は使用できません)。</translation>
    </message>
    <message>
        <source>The subscription id &apos;%1&apos; is not a GUID (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx).</source>
        <translation>サブスクリプション ID &apos;%1&apos; は GUID ではありません (xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx)。</translation>
    </message>
    <message>
        <source>The storage prefix &apos;%1&apos; of &apos;%2&apos; is not a valid prefix.</source>
        <translation>&apos;%2&apos; のストレージ プレフィックス &apos;%1&apos; は有効なプレフィックスではありません。</translation>
    </message>
    <message>
        <source>backup name</source>
        <translation>バックアップ名</translation>
    </message>
    <message>
        <source>restore name</source>
        <translation>復元名</translation>
    </message>
    <message>
        <source>included namespace</source>
        <translation>含める名前空間</translation>
    </message>
    <message>
        <source>excluded namespace</source>
        <translation>除外する名前空間</translation>
    </message>
    <message>
        <source>included resource</source>
        <translation>含めるリソース</translation>
    </message>
    <message>
        <source>excluded resource</source>
        <translation>除外するリソース</translation>
    </message>
    <message>
        <source>mapped namespace</source>
        <translation>マップする名前空間</translation>
    </message>
    <message>
        <source>Cluster &apos;%1&apos;: %2</source>
        <translation>クラスター &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>cluster %1 removed</source>
        <translation>クラスター %1 が削除されました</translation>
    </message>
    <message>
        <source>cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>cluster %1 added (backup %2)</source>
        <translation>クラスター %1 が追加されました (バックアップ %2)</translation>
    </message>
</context>
<context>
    <name>RestorePlanBuilder</name>
    <message>
        <source>%1: skipped backup %2 (%3).</source>
        <translation>%1: バックアップ %2 をスキップしました (%3)。</translation>
    </message>
    <message>
        <source>phase %1</source>
        <translation>フェーズ %1</translation>
    </message>
    <message>
        <source>no tarball</source>
        <translation>tarball なし</translation>
    </message>
    <message>
        <source>%1: backup %2 fails verify: %3</source>
        <translation>%1: バックアップ %2 は検証に失敗しました: %3</translation>
    </message>
    <message>
        <source>No backup in %1 is Completed and passes verify; nothing can be restored from it.</source>
        <translation>%1 には、Completed で検証に合格したバックアップがありません。ここから復元できるものはありません。</translation>
    </message>
    <message>
        <source>Name the backup storage the clusters&apos; backups are in (--store: a folder, azure://ACCOUNT/CONTAINER or s3://BUCKET).</source>
        <translation>クラスターのバックアップがあるバックアップ ストレージを指定してください (--store: フォルダー、azure://ACCOUNT/CONTAINER、または s3://BUCKET)。</translation>
    </message>
    <message>
        <source>The corruption scenario rebuilds from a configuration snapshot: give one (--snapshot DIR).</source>
        <translation>corruption シナリオでは構成スナップショットから再構築します: スナップショットを指定してください (--snapshot DIR)。</translation>
    </message>
    <message>
        <source>Capturing the deployment&apos;s configuration as the snapshot to rebuild from...</source>
        <translation>再構築の元になるスナップショットとして、デプロイの構成を取得しています...</translation>
    </message>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Captured the configuration snapshot %1.</source>
        <translation>構成スナップショット %1 を取得しました。</translation>
    </message>
    <message>
        <source>The snapshot %1 cannot be used: %2</source>
        <translation>スナップショット %1 は使用できません: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Choosing the newest backup of %1 that passes verify...</source>
        <translation>検証に合格した %1 の最新のバックアップを選択しています...</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: Velero&apos;s settings read from its backup location (provider %2, bucket %3, prefix %4).</source>
        <translation>%1: Velero の設定をバックアップの場所から読み取りました (プロバイダー %2、バケット %3、プレフィックス %4)。</translation>
    </message>
    <message>
        <source>%1: the old backup location could not be read; Velero&apos;s settings are the ones given. Check them on the plan page or in the plan file.</source>
        <translation>%1: 以前のバックアップの場所を読み取れなかったため、指定された Velero の設定を使用します。計画ページまたは計画ファイルで設定を確認してください。</translation>
    </message>
</context>
<context>
    <name>RestorePrerequisites</name>
    <message>
        <source>Configuration snapshot</source>
        <translation>構成スナップショット</translation>
    </message>
    <message>
        <source>%1 describes every cluster to recreate.</source>
        <translation>%1 には、再作成するすべてのクラスターが記述されています。</translation>
    </message>
    <message>
        <source>Pick the snapshot exported before the corruption (Snapshots page) in the plan.</source>
        <translation>破損前にエクスポートしたスナップショット (スナップショット ページ) を計画で選択してください。</translation>
    </message>
    <message>
        <source>Standby cluster %1</source>
        <translation>スタンバイ クラスター %1</translation>
    </message>
    <message>
        <source>exists</source>
        <translation>存在します</translation>
    </message>
    <message>
        <source>does not exist</source>
        <translation>存在しません</translation>
    </message>
    <message>
        <source>Create an empty workload cluster %1 with the lost cluster&apos;s shape (New-AksHciCluster), or use the corruption scenario.</source>
        <translation>失われたクラスターと同じ構成で空のワークロード クラスター %1 を作成する (New-AksHciCluster) か、corruption シナリオを使用してください。</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 が空であること</translation>
    </message>
    <message>
        <source>only system namespaces</source>
        <translation>システム名前空間のみ</translation>
    </message>
    <message>
        <source>holds namespaces %1; restoring into it needs the cluster&apos;s name typed</source>
        <translation>名前空間 %1 が含まれています。ここに復元するには、クラスター名の入力が必要です</translation>
    </message>
    <message>
        <source>Restore into an empty cluster, or confirm by typing %1 when asked.</source>
        <translation>空のクラスターに復元するか、確認を求められたときに %1 と入力してください。</translation>
    </message>
    <message>
        <source>Velero on %1</source>
        <translation>%1 の Velero</translation>
    </message>
    <message>
        <source>installed</source>
        <translation>インストール済み</translation>
    </message>
    <message>
        <source>not installed; will be installed</source>
        <translation>未インストール (インストールされます)</translation>
    </message>
    <message>
        <source>Install Velero pointing at the backup storage, or give the plan Velero&apos;s bucket and plugin.</source>
        <translation>バックアップ ストレージを参照するように Velero をインストールするか、計画に Velero のバケットとプラグインを指定してください。</translation>
    </message>
    <message>
        <source>Backup location on %1</source>
        <translation>%1 のバックアップの場所</translation>
    </message>
    <message>
        <source>ReadOnly: a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626).</source>
        <translation>ReadOnly: ReadOnly の場所からのファイル システム (restic/kopia) ボリュームの復元は、&quot;cannot create new backup repo&quot; で失敗する場合があります (velero issue 9626)。</translation>
    </message>
    <message>
        <source>Switch the location to ReadWrite for the restore if volumes must come back.</source>
        <translation>ボリュームを復元する必要がある場合は、復元の間、場所を ReadWrite に切り替えてください。</translation>
    </message>
    <message>
        <source>Backup storage of %1</source>
        <translation>%1 のバックアップ ストレージ</translation>
    </message>
    <message>
        <source>reachable: %1</source>
        <translation>到達可能: %1</translation>
    </message>
    <message>
        <source>Check the storage address and its credentials (keychain or credentials file).</source>
        <translation>ストレージのアドレスとその資格情報 (キーチェーンまたは資格情報ファイル) を確認してください。</translation>
    </message>
    <message>
        <source>phase %1, not Completed</source>
        <translation>フェーズ %1 (Completed ではありません)</translation>
    </message>
    <message>
        <source>fails verify: %1</source>
        <translation>検証に失敗: %1</translation>
    </message>
    <message>
        <source>no completion time recorded</source>
        <translation>完了時刻が記録されていません</translation>
    </message>
    <message>
        <source>%1 hours old, outside the RPO of %2 hours</source>
        <translation>%1 時間前のもので、RPO の %2 時間を超えています</translation>
    </message>
    <message>
        <source>Completed %1 hours ago, verified</source>
        <translation>%1 時間前に完了、検証済み</translation>
    </message>
    <message>
        <source>Backup %1 of %2</source>
        <translation>%2 のバックアップ %1</translation>
    </message>
    <message>
        <source>Velero versions for %1</source>
        <translation>%1 の Velero バージョン</translation>
    </message>
    <message>
        <source>Use a velero CLI (and server) of the release that made the backup or newer, client and server of the same major.minor.</source>
        <translation>バックアップを作成したリリース以降の velero CLI (およびサーバー) を使用し、クライアントとサーバーのメジャー.マイナー バージョンを揃えてください。</translation>
    </message>
    <message>
        <source>PartiallyFailed %1 hours ago, verified; restored by the plan&apos;s explicit override</source>
        <translation>%1 時間前の PartiallyFailed、検証済み。計画の明示的なオーバーライドにより復元</translation>
    </message>
    <message>
        <source>This is already the newest Completed backup of %1: no newer one to pick. Take a new backup of %1 if it still runs, or go on with this one (the report says it is outside the RPO).</source>
        <translation>これはすでに %1 の最新の Completed のバックアップであり、これより新しいものはありません。%1 がまだ動作している場合は新しいバックアップを作成するか、このバックアップで続行してください (レポートには RPO 外と記載されます)。</translation>
    </message>
    <message>
        <source>No Completed backup of %1 is newer than this one. Take a new backup of %1 if it still runs, or pick an older backup in the plan (look inside it first).</source>
        <translation>%1 の Completed のバックアップで、これより新しいものはありません。%1 がまだ動作している場合は新しいバックアップを作成するか、計画でより古いバックアップを選択してください (先に内容を確認してください)。</translation>
    </message>
    <message>
        <source>Pick the newer backup %2 of %1 in the plan (look inside it first).</source>
        <translation>計画で %1 のより新しいバックアップ %2 を選択してください (先に内容を確認してください)。</translation>
    </message>
</context>
<context>
    <name>RestoreReportHtml</name>
    <message>
        <source>not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message>
        <source>Recovery report: %1</source>
        <translation>復旧レポート: %1</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Restore on new hardware or a new site</source>
        <translation>新しいハードウェアまたは新しいサイトでの復元</translation>
    </message>
    <message>
        <source>Recover from management cluster corruption</source>
        <translation>管理クラスターの破損からの復旧</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Backup storage</source>
        <translation>バックアップ ストレージ</translation>
    </message>
    <message>
        <source>Configuration snapshot</source>
        <translation>構成スナップショット</translation>
    </message>
    <message>
        <source>Report written</source>
        <translation>レポート作成日時</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Options</source>
        <translation>オプション</translation>
    </message>
    <message>
        <source>namespaces %1</source>
        <translation>名前空間 %1</translation>
    </message>
    <message>
        <source>without namespaces %1</source>
        <translation>名前空間 %1 を除く</translation>
    </message>
    <message numerus="yes">
        <source>%n namespace mapping(s)</source>
        <translation>
            <numerusform>%n 件の名前空間マッピング</numerusform>
        </translation>
    </message>
    <message>
        <source>volumes restored</source>
        <translation>ボリュームを復元</translation>
    </message>
    <message>
        <source>volumes not restored</source>
        <translation>ボリュームを復元しない</translation>
    </message>
    <message>
        <source>existing resources: %1</source>
        <translation>既存のリソース: %1</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Started %1, finished %2, took %3, attempts %4.</source>
        <translation>開始 %1、終了 %2、所要時間 %3、試行回数 %4。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Plan digest (sha256)</source>
        <translation>計画のダイジェスト (sha256)</translation>
    </message>
    <message>
        <source>Confirmed by the administrator:</source>
        <translation>管理者による確認:</translation>
    </message>
    <message>
        <source>not verified</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>verification %1: %2</source>
        <translation>検証 %1: %2</translation>
    </message>
    <message>
        <source>verified: velero-backup.json Completed, tarball complete, resource list matching, every artifact readable</source>
        <translation>検証済み: velero-backup.json は Completed、tarball は完全、リソース一覧は一致、すべてのアーティファクトを読み取り可能</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Recovery point objective</source>
        <translation>目標復旧時点 (RPO)</translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s); every backup verified within it</source>
        <translation>
            <numerusform>%n 時間。すべてのバックアップをその範囲内で検証済み</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s); restored from a backup outside it or of unknown age: %1</source>
        <translation>
            <numerusform>%n 時間。範囲外または作成時期が不明なバックアップから復元: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>レポート %1 を書き込めませんでした: %2</translation>
    </message>
</context>
<context>
    <name>RestoreReportWriter</name>
    <message>
        <source>Could not write the report %1: %2</source>
        <translation>レポート %1 を書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Recovery report: %1</source>
        <translation>復旧レポート: %1</translation>
    </message>
    <message>
        <source>The PDF report came out empty.</source>
        <translation>PDF レポートが空になりました。</translation>
    </message>
</context>
<context>
    <name>RestoreStepsBuilder</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Verify backup %1 of %2</source>
        <translation>%2 のバックアップ %1 を検証</translation>
    </message>
    <message>
        <source>(read the backup store) verify backups/%1</source>
        <translation>(バックアップ ストアを読み取り) verify backups/%1</translation>
    </message>
    <message>
        <source>Install Velero on %1</source>
        <translation>%1 に Velero をインストール</translation>
    </message>
    <message>
        <source>Installs Velero where it is missing, pointing at the same backup storage with the same credentials.</source>
        <translation>Velero がない場合は、同じバックアップ ストレージを同じ資格情報で参照するように Velero をインストールします。</translation>
    </message>
    <message>
        <source>Velero is already installed on %1.</source>
        <translation>Velero は %1 に既にインストールされています。</translation>
    </message>
    <message>
        <source>Velero is still not installed on %1 after the install.</source>
        <translation>インストール後も、%1 に Velero がインストールされていません。</translation>
    </message>
    <message>
        <source>Wait for the backup location and backup %1 on %2</source>
        <translation>%2 のバックアップの場所とバックアップ %1 を待機</translation>
    </message>
    <message>
        <source>Waits until the backup storage location is Available and the backup has synced into the new Velero install.</source>
        <translation>バックアップ ストレージの場所が Available になり、バックアップが新しい Velero インストールに同期されるまで待機します。</translation>
    </message>
    <message>
        <source>The backup location %1 on %2 is ReadOnly. That protects the backups, but a file-system (restic/kopia) volume restore from a ReadOnly location can fail with &quot;cannot create new backup repo&quot; (velero issue 9626). If volumes fail to restore, switch the location to ReadWrite for the restore.</source>
        <translation>%2 のバックアップの場所 %1 は ReadOnly です。これによりバックアップは保護されますが、ReadOnly の場所からのファイル システム (restic/kopia) ボリュームの復元は、&quot;cannot create new backup repo&quot; で失敗する場合があります (velero issue 9626)。ボリュームの復元に失敗する場合は、復元の間、場所を ReadWrite に切り替えてください。</translation>
    </message>
    <message>
        <source>location %1: %2, backup %3: %4</source>
        <translation>場所 %1: %2、バックアップ %3: %4</translation>
    </message>
    <message>
        <source>synced</source>
        <translation>同期済み</translation>
    </message>
    <message>
        <source>not synced yet</source>
        <translation>未同期</translation>
    </message>
    <message>
        <source>The backup location on %1 did not become Available with backup %2 synced within %3 s (%4). Check the storage credentials and `velero backup-location get`.</source>
        <translation>%1 のバックアップの場所が、%3 秒以内にバックアップ %2 が同期された状態で Available になりませんでした (%4)。ストレージの資格情報と `velero backup-location get` を確認してください。</translation>
    </message>
    <message>
        <source>Restore %1 from %2</source>
        <translation>%2 から %1 を復元</translation>
    </message>
    <message>
        <source>Creates the Velero restore %1 from backup %2.</source>
        <translation>バックアップ %2 から Velero の復元 %1 を作成します。</translation>
    </message>
    <message>
        <source>existing resources in %1 are overwritten with the backup&apos;s (--existing-resource-policy update)</source>
        <translation>%1 の既存のリソースはバックアップのリソースで上書きされます (--existing-resource-policy update)</translation>
    </message>
    <message>
        <source>if %1 is not empty, its resources are mixed with the backup&apos;s</source>
        <translation>%1 が空でない場合、そのリソースはバックアップのリソースと混在します</translation>
    </message>
    <message>
        <source>The cluster %1 is not empty (namespaces %2); the restore mixes the backup&apos;s resources into them.</source>
        <translation>クラスター %1 は空ではありません (名前空間 %2)。復元により、バックアップのリソースがそれらに混在します。</translation>
    </message>
    <message>
        <source>Existing resources in %1 are overwritten with the backup&apos;s (existing-resource policy: update).</source>
        <translation>%1 の既存のリソースはバックアップのリソースで上書きされます (既存リソース ポリシー: update)。</translation>
    </message>
    <message>
        <source>The restore %1 already exists; not created again.</source>
        <translation>復元 %1 は既に存在するため、再作成しません。</translation>
    </message>
    <message>
        <source>Wait for restore %1</source>
        <translation>復元 %1 を待機</translation>
    </message>
    <message>
        <source>Follows the restore until it ends; a PartiallyFailed restore is reported with its warnings and errors.</source>
        <translation>復元が終了するまで追跡します。PartiallyFailed の復元は、その警告とエラーと共に報告されます。</translation>
    </message>
    <message>
        <source>%1: %2, %3/%4 items restored, %5 warnings, %6 errors</source>
        <translation>%1: %2、%4 項目中 %3 項目を復元、警告 %5 件、エラー %6 件</translation>
    </message>
    <message>
        <source>cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>The restore %1 ended PartiallyFailed with %2 warnings and %3 errors; see them above and in `velero restore describe %1 --details`.</source>
        <translation>復元 %1 は PartiallyFailed で終了しました (警告 %2 件、エラー %3 件)。上記の内容と `velero restore describe %1 --details` を参照してください。</translation>
    </message>
    <message>
        <source>The restore %1 ended %2%3. See `velero restore logs %1`.</source>
        <translation>復元 %1 は %2%3 で終了しました。`velero restore logs %1` を参照してください。</translation>
    </message>
    <message>
        <source>The restore %1 did not finish in time (%2).</source>
        <translation>復元 %1 が時間内に完了しませんでした (%2)。</translation>
    </message>
    <message>
        <source>Verify %1 against backup %2</source>
        <translation>%1 をバックアップ %2 と照合して検証</translation>
    </message>
    <message>
        <source>Compares the namespaces present in the cluster with the backup&apos;s contents.</source>
        <translation>クラスター内に存在する名前空間をバックアップの内容と比較します。</translation>
    </message>
    <message>
        <source>After the restore, %1 lacks namespaces the backup holds: %2. See the restore&apos;s warnings and `velero restore logs %3`.</source>
        <translation>復元後、%1 にはバックアップに含まれる名前空間の一部がありません: %2。復元の警告と `velero restore logs %3` を参照してください。</translation>
    </message>
    <message>
        <source>All %1 namespaces of the backup are present in %2: %3</source>
        <translation>バックアップの %1 個の名前空間がすべて %2 に存在します: %3</translation>
    </message>
    <message>
        <source>Check the standby cluster %1</source>
        <translation>スタンバイ クラスター %1 を確認</translation>
    </message>
    <message>
        <source>The empty workload cluster prepared as a cold standby must exist.</source>
        <translation>コールド スタンバイとして準備された空のワークロード クラスターが存在する必要があります。</translation>
    </message>
    <message>
        <source>The standby cluster %1 does not exist. Create it (New-AksHciCluster) with the shape of the lost one, or use the corruption scenario.</source>
        <translation>スタンバイ クラスター %1 は存在しません。失われたクラスターと同じ構成で作成する (New-AksHciCluster) か、corruption シナリオを使用してください。</translation>
    </message>
    <message>
        <source>The standby cluster %1 exists.</source>
        <translation>スタンバイ クラスター %1 は存在します。</translation>
    </message>
    <message>
        <source>Uninstall AKS hybrid (%1)</source>
        <translation>AKS hybrid をアンインストール (%1)</translation>
    </message>
    <message>
        <source>Removes the corrupted management cluster and every workload cluster.</source>
        <translation>破損した管理クラスターとすべてのワークロード クラスターを削除します。</translation>
    </message>
    <message>
        <source>the management cluster of %1 and every workload cluster in it</source>
        <translation>%1 の管理クラスターと、その中のすべてのワークロード クラスター</translation>
    </message>
    <message>
        <source>AKS hybrid is not installed; nothing to uninstall.</source>
        <translation>AKS hybrid はインストールされていません。アンインストールするものはありません。</translation>
    </message>
    <message>
        <source>Reinstall the management cluster from the snapshot</source>
        <translation>スナップショットから管理クラスターを再インストール</translation>
    </message>
    <message>
        <source>Sets the saved configuration (Set-AksHciConfig) and installs the management cluster (Install-AksHci).</source>
        <translation>保存された構成を設定し (Set-AksHciConfig)、管理クラスターをインストールします (Install-AksHci)。</translation>
    </message>
    <message>
        <source>Install-AksHci ended but no management cluster is reported installed.</source>
        <translation>Install-AksHci は終了しましたが、管理クラスターがインストール済みとして報告されていません。</translation>
    </message>
    <message>
        <source>Recreate workload cluster %1</source>
        <translation>ワークロード クラスター %1 を再作成</translation>
    </message>
    <message>
        <source>Creates the cluster and its node pools with the snapshot&apos;s shape.</source>
        <translation>スナップショットと同じ構成で、クラスターとそのノード プールを作成します。</translation>
    </message>
    <message>
        <source>New-AksHciCluster ended but %1 is not listed.</source>
        <translation>New-AksHciCluster は終了しましたが、%1 が一覧に表示されません。</translation>
    </message>
    <message>
        <source>Compare the rebuilt deployment with the snapshot</source>
        <translation>再構築したデプロイをスナップショットと比較</translation>
    </message>
    <message>
        <source>The rebuilt configuration and clusters must equal the snapshot before anything is restored.</source>
        <translation>復元を行う前に、再構築した構成とクラスターがスナップショットと一致している必要があります。</translation>
    </message>
    <message>
        <source>The rebuilt deployment equals the snapshot.</source>
        <translation>再構築したデプロイはスナップショットと一致しています。</translation>
    </message>
    <message>
        <source>Cluster %1 was created but its node pools %2 are missing.</source>
        <translation>クラスター %1 は作成されましたが、ノード プール %2 がありません。</translation>
    </message>
    <message>
        <source>The backup %1 is past its expiry (or reaches it within a day), and its file-system volume data needs a ReadWrite location, where Velero&apos;s garbage collector would delete it during the restore. Restore %2 without volumes (ReadOnly location), or raise the backup&apos;s expiration in the store first.</source>
        <translation>バックアップ %1 は有効期限を過ぎている (または 1 日以内に有効期限に達する) うえ、そのファイル システム ボリューム データの復元には ReadWrite の場所が必要です。ReadWrite の場所では、復元中に Velero のガベージ コレクターがこのバックアップを削除してしまいます。%2 をボリュームなしで復元する (ReadOnly の場所) か、先にストア内でバックアップの有効期限を延長してください。</translation>
    </message>
    <message>
        <source>The backups %1 of %2 are past their expiry (or reach it within a day); the ReadWrite location a volume restore needs would let Velero delete them from the store. Copy them aside or raise their expiration, or restore %2 without volumes (ReadOnly location).</source>
        <translation>%2 のバックアップ %1 は有効期限を過ぎています (または 1 日以内に有効期限に達します)。ボリュームの復元に必要な ReadWrite の場所では、Velero がこれらのバックアップをストアから削除してしまいます。バックアップを別の場所にコピーするか有効期限を延長するか、%2 をボリュームなしで復元してください (ReadOnly の場所)。</translation>
    </message>
    <message>
        <source>Prove the snapshot can be rebuilt in full</source>
        <translation>スナップショットを完全に再構築できることを確認</translation>
    </message>
    <message>
        <source>Every setting maps to a documented parameter or is derived, every secret is at hand and the registration is known; otherwise nothing is removed.</source>
        <translation>すべての設定が文書化されたパラメーターに対応しているか派生可能であること、すべてのシークレットが揃っていること、登録情報が判明していることを確認します。そうでない場合は、何も削除されません。</translation>
    </message>
    <message>
        <source>Every setting of the snapshot will be replayed.</source>
        <translation>スナップショットのすべての設定が再適用されます。</translation>
    </message>
    <message>
        <source>Get-AksHciConfig reports no deployment name, so the deployment Uninstall-AksHci would remove cannot be matched with the plan&apos;s %1. Nothing was uninstalled.</source>
        <translation>Get-AksHciConfig でデプロイ名が報告されないため、Uninstall-AksHci によって削除されるデプロイを計画の %1 と照合できません。何もアンインストールされていません。</translation>
    </message>
    <message>
        <source>The plan is for the deployment %1, but the AKS hybrid installed here is %2: Uninstall-AksHci would remove %2. Refused; nothing was uninstalled. Use a plan written for %2.</source>
        <translation>この計画はデプロイ %1 用ですが、ここにインストールされている AKS hybrid は %2 です: Uninstall-AksHci を実行すると %2 が削除されます。この操作は拒否されました。何もアンインストールされていません。%2 用に作成された計画を使用してください。</translation>
    </message>
    <message>
        <source>Uninstall-AksHci removes the management cluster of %1; it has no workload cluster.</source>
        <translation>Uninstall-AksHci は %1 の管理クラスターを削除します。ワークロード クラスターはありません。</translation>
    </message>
    <message numerus="yes">
        <source>Uninstall-AksHci removes the management cluster of %1 and these %n workload cluster(s), with all they run: %2.</source>
        <translation>
            <numerusform>Uninstall-AksHci は、%1 の管理クラスターと次の %n 個のワークロード クラスターを、そこで実行されているすべてのものと共に削除します: %2。</numerusform>
        </translation>
    </message>
    <message>
        <source>The plan does NOT recreate %1: they are lost for good, and each needs its own acknowledgement.</source>
        <translation>この計画では %1 は再作成されません: これらは完全に失われるため、それぞれについて個別に了承が必要です。</translation>
    </message>
    <message>
        <source>Diagnose the deployment before anything is removed</source>
        <translation>削除の前にデプロイを診断する</translation>
    </message>
    <message>
        <source>Expired certificates or tokens make a healthy management cluster look lost; one documented repair brings it back. Nothing is removed while the diagnosis points there.</source>
        <translation>証明書またはトークンの有効期限が切れると、正常な管理クラスターが失われたように見えることがあります。文書化された修復を 1 回行えば元に戻ります。診断がこの状態を示している間は、何も削除されません。</translation>
    </message>
    <message>
        <source>No diagnosis: %1</source>
        <translation>診断なし: %1</translation>
    </message>
    <message>
        <source>The symptoms fit expired certificates or tokens. Run the documented repair first (%1); the uninstall will not run until the repair was tried and did not help.</source>
        <translation>症状は証明書またはトークンの有効期限切れに一致します。先に文書化された修復を実行してください (%1)。修復を試して解決しなかった場合にのみ、アンインストールが実行されます。</translation>
    </message>
    <message>
        <source>No expired certificate or token found.</source>
        <translation>期限切れの証明書またはトークンは見つかりませんでした。</translation>
    </message>
    <message>
        <source>Reads the backup from the storage and checks every artifact, the tarball, the resource list and that its phase is Completed (or PartiallyFailed, when the plan explicitly allows it).</source>
        <translation>ストレージからバックアップを読み取り、すべてのアーティファクト、tarball、リソース一覧、およびフェーズが Completed (計画で明示的に許可されている場合は PartiallyFailed) であることを確認します。</translation>
    </message>
    <message>
        <source>The backup %1 of %2 is PartiallyFailed: some of its items were not backed up. It is not restored unless the plan allows it (plan page: &quot;Restore a PartiallyFailed backup&quot;, or --velero-allow-partially-failed). Pick another backup, or allow it after looking inside it.</source>
        <translation>%2 のバックアップ %1 は PartiallyFailed です: 一部の項目がバックアップされていません。計画で許可されていない限り復元されません (計画ページの「PartiallyFailed のバックアップを復元する」、または --velero-allow-partially-failed)。別のバックアップを選択するか、内容を確認したうえで許可してください。</translation>
    </message>
    <message>
        <source>The backup %1 is PartiallyFailed; it is restored because the plan explicitly allows it. Items that failed during the backup are not in it.</source>
        <translation>バックアップ %1 は PartiallyFailed ですが、計画で明示的に許可されているため復元されます。バックアップ中に失敗した項目は含まれていません。</translation>
    </message>
    <message>
        <source>PartiallyFailed backup %1 of %2 restored by the plan&apos;s explicit override (allowPartiallyFailed).</source>
        <translation>%2 の PartiallyFailed のバックアップ %1 を、計画の明示的なオーバーライド (allowPartiallyFailed) により復元しました。</translation>
    </message>
    <message>
        <source>The backup %1 of %2 failed verification and will not be restored: %3</source>
        <translation>%2 のバックアップ %1 は検証に失敗したため、復元されません: %3</translation>
    </message>
    <message>
        <source>Backup %1 verified: velero-backup.json readable and Completed, the tarball complete and readable as Velero reads it, the resource list matching the tarball, every other artifact readable.</source>
        <translation>バックアップ %1 を検証しました: velero-backup.json は読み取り可能で Completed です。tarball は完全で、Velero と同じ方法で読み取れます。リソース一覧は tarball と一致し、その他のアーティファクトもすべて読み取り可能です。</translation>
    </message>
    <message>
        <source>The age of backup %1 could not be read, so whether it is within the RPO is unknown: %2</source>
        <translation>バックアップ %1 の経過時間を読み取れなかったため、RPO 以内かどうかは不明です: %2</translation>
    </message>
    <message>
        <source>Backup %1 of %2 has no completion time: whether it is within the RPO of %3 hours is unknown.</source>
        <translation>%2 のバックアップ %1 には完了時刻がありません: RPO (%3 時間) 以内かどうかは不明です。</translation>
    </message>
    <message>
        <source>%2 is restored from a backup outside the RPO: %1 completed %3 hours ago, the RPO is %4 hours. Changes made after it are lost.</source>
        <translation>%2 は RPO を超えたバックアップから復元されます: %1 は %3 時間前に完了しており、RPO は %4 時間です。それ以降に行われた変更は失われます。</translation>
    </message>
    <message>
        <source>Backup %1 completed %2 hours ago, within the RPO of %3 hours.</source>
        <translation>バックアップ %1 は %2 時間前に完了しており、RPO (%3 時間) 以内です。</translation>
    </message>
    <message>
        <source>Check that Velero&apos;s versions can restore %1 on %2</source>
        <translation>Velero のバージョンで %2 に %1 を復元できることを確認</translation>
    </message>
    <message>
        <source>Compares the velero CLI, the Velero server already running on the cluster (if any) and the release the backup&apos;s metadata shows it was made with.</source>
        <translation>velero CLI、クラスターで既に実行されている Velero サーバー (ある場合)、およびバックアップのメタデータに示されている作成時のリリースを比較します。</translation>
    </message>
    <message>
        <source>(read the backup store) backups/%1/velero-backup.json</source>
        <translation>(バックアップ ストアを読み取り) backups/%1/velero-backup.json</translation>
    </message>
    <message>
        <source>Keep Velero on the Linux nodes of %1</source>
        <translation>Velero を %1 の Linux ノードに限定</translation>
    </message>
    <message>
        <source>When the cluster has Windows nodes, Velero&apos;s Deployment and node agent DaemonSet get the node selector kubernetes.io/os=linux, so no Velero pod waits forever on a Windows node.</source>
        <translation>クラスターに Windows ノードがある場合は、Velero の Deployment とノード エージェントの DaemonSet にノード セレクター kubernetes.io/os=linux を設定し、Velero のポッドが Windows ノードで待機し続けないようにします。</translation>
    </message>
    <message>
        <source>%1 has no Windows nodes; Velero needs no node selector.</source>
        <translation>%1 には Windows ノードがないため、Velero にノード セレクターは不要です。</translation>
    </message>
    <message>
        <source>%1 has Windows nodes (%2): Velero is pinned to the Linux nodes.</source>
        <translation>%1 には Windows ノード (%2) があります: Velero を Linux ノードに固定しました。</translation>
    </message>
    <message>
        <source>Wait for the nodes of %1 and Velero&apos;s pods</source>
        <translation>%1 のノードと Velero のポッドを待機</translation>
    </message>
    <message>
        <source>Waits until every node is Ready, the velero Deployment is available and the node agent DaemonSet is rolled out on every node it is scheduled to.</source>
        <translation>すべてのノードが Ready になり、velero の Deployment が使用可能になり、ノード エージェントの DaemonSet がスケジュール対象のすべてのノードにロールアウトされるまで待機します。</translation>
    </message>
    <message>
        <source>%1 of %2 nodes Ready</source>
        <translation>%2 ノード中 %1 ノードが Ready</translation>
    </message>
    <message>
        <source>not Ready: %1</source>
        <translation>Ready でないノード: %1</translation>
    </message>
    <message>
        <source>velero available</source>
        <translation>velero 使用可能</translation>
    </message>
    <message>
        <source>velero not available</source>
        <translation>velero 使用不可</translation>
    </message>
    <message>
        <source>DaemonSet %1: %2 of %3 available, %4 updated</source>
        <translation>DaemonSet %1: %3 個中 %2 個が使用可能、%4 個が更新済み</translation>
    </message>
    <message>
        <source>%1 was not ready for a restore within %2 s (%3). Check `kubectl get nodes` and `kubectl -n velero get pods -o wide`.</source>
        <translation>%1 は %2 秒以内に復元の準備が整いませんでした (%3)。`kubectl get nodes` と `kubectl -n velero get pods -o wide` を確認してください。</translation>
    </message>
    <message>
        <source>storage class %1 (claims %2)</source>
        <translation>ストレージ クラス %1 (要求 %2)</translation>
    </message>
    <message>
        <source>a default storage class (claims %1 name none)</source>
        <translation>既定のストレージ クラス (ストレージ クラスを指定していない要求 %1)</translation>
    </message>
    <message>
        <source>CSI driver %1 (the volumes of claims %2)</source>
        <translation>CSI ドライバー %1 (要求 %2 のボリューム)</translation>
    </message>
    <message>
        <source>Check the storage classes %1 needs on %2</source>
        <translation>%2 で %1 に必要なストレージ クラスを確認</translation>
    </message>
    <message>
        <source>Every storage class and CSI driver the backup&apos;s restored volume claims use must exist in the cluster; otherwise the claims stay Pending and their data is not restored.</source>
        <translation>バックアップから復元されるボリューム要求が使用するすべてのストレージ クラスと CSI ドライバーが、クラスターに存在する必要があります。存在しない場合、要求は Pending のままとなり、そのデータは復元されません。</translation>
    </message>
    <message>
        <source>(read the backup store) backups/%1/%1.tar.gz</source>
        <translation>(バックアップ ストアを読み取り) backups/%1/%1.tar.gz</translation>
    </message>
    <message>
        <source>%1 lacks what backup %2 needs: %3. Configure the storage (CSI driver and storage class, akshci.md §2 step 4) before restoring.</source>
        <translation>%1 には、バックアップ %2 に必要なものがありません: %3。復元する前に、ストレージ (CSI ドライバーとストレージ クラス。akshci.md §2 の手順 4) を構成してください。</translation>
    </message>
    <message>
        <source>Every storage class and CSI driver backup %1 needs is in %2.</source>
        <translation>バックアップ %1 に必要なすべてのストレージ クラスと CSI ドライバーが %2 にあります。</translation>
    </message>
    <message>
        <source>Uninstall-AksHci removes the management cluster of %1 and every workload cluster in it; they could not be listed: %2</source>
        <translation>Uninstall-AksHci は、%1 の管理クラスターとその中のすべてのワークロード クラスターを削除します。ワークロード クラスターを一覧表示できませんでした: %2</translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n difference(s) from the snapshot (%1) instead of repairing them:</source>
        <translation>
            <numerusform>スナップショット (%1) との %n 個の相違を、修復せずに受け入れました:</numerusform>
        </translation>
    </message>
    <message>
        <source>Accepted difference: %1</source>
        <translation>受け入れた相違: %1</translation>
    </message>
    <message numerus="yes">
        <source>The rebuilt deployment differs from the snapshot in %n place(s): %1. Repair them and run this step again, or accept exactly these differences (%2).</source>
        <translation>
            <numerusform>再構築したデプロイは、スナップショットと %n 箇所で異なります: %1。これらを修復してこのステップを再実行するか、これらの相違に限って受け入れてください (%2)。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RpoCalculator</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 時間</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 日 %2 時間</translation>
    </message>
</context>
<context>
    <name>RpoCommand</name>
    <message>
        <source>The RPO, e.g. 24h or 90m (default: the setting, %1 h).</source>
        <translation>RPO (例: 24h、90m) (既定: 設定値の %1 時間)。</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURATION</translation>
    </message>
    <message>
        <source>Check only this cluster (repeatable; default: every workload cluster).</source>
        <translation>このクラスターのみをチェックします (複数指定可。既定: すべてのワークロード クラスター)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The kubeconfig to use, with exactly one --cluster (default: Get-AksHciCredential).</source>
        <translation>使用する kubeconfig (--cluster を 1 つだけ指定した場合に使用。既定: Get-AksHciCredential)。</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>--max-age &apos;%1&apos; is not a duration: use e.g. 24h, 36h or 90m.</source>
        <translation>--max-age &apos;%1&apos; は期間ではありません: 24h、36h、90m などを使用してください。</translation>
    </message>
    <message>
        <source>--kubeconfig needs exactly one --cluster.</source>
        <translation>--kubeconfig には、--cluster を 1 つだけ指定する必要があります。</translation>
    </message>
    <message>
        <source>OK       %1: newest Completed backup %2 is %3 old (RPO %4)</source>
        <translation>OK   %1: 最新の Completed のバックアップ %2 は %3 前のものです (RPO %4)</translation>
    </message>
    <message>
        <source>BREACHED %1: newest Completed backup %2 is %3 old (RPO %4)</source>
        <translation>超過 %1: 最新の Completed のバックアップ %2 は %3 前のものです (RPO %4)</translation>
    </message>
    <message>
        <source>BREACHED %1: no Completed backup%2%3 (RPO %4)</source>
        <translation>超過 %1: Completed のバックアップがありません%2%3 (RPO %4)</translation>
    </message>
    <message>
        <source>UNKNOWN  %1: could not be read%2%3 (RPO %4)</source>
        <translation>不明 %1: 読み取れませんでした%2%3 (RPO %4)</translation>
    </message>
    <message>
        <source>No workload clusters to check.</source>
        <translation>チェックするワークロード クラスターがありません。</translation>
    </message>
    <message>
        <source>check every cluster&apos;s newest Completed backup against the RPO (exit 1 when breached)</source>
        <translation>各クラスターの最新の Completed のバックアップを RPO と照合してチェックします (超過している場合は終了コード 1)</translation>
    </message>
</context>
<context>
    <name>RunPrivateFolder</name>
    <message>
        <source>Could not create the folder %1 for the run&apos;s credentials.</source>
        <translation>実行の資格情報用のフォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not create the private folder %1 for the run&apos;s credentials.</source>
        <translation>実行の資格情報用のプライベート フォルダー %1 を作成できませんでした。</translation>
    </message>
    <message>
        <source>Could not lock the private folder %1 for the run&apos;s credentials.</source>
        <translation>実行の資格情報用のプライベート フォルダー %1 をロックできませんでした。</translation>
    </message>
</context>
<context>
    <name>S3Store</name>
    <message>
        <source>The bucket &apos;%1&apos; does not exist on %2 (%3); check the bucket name Velero&apos;s backup storage location uses, and the endpoint.</source>
        <translation>バケット &apos;%1&apos; は %2 に存在しません (%3)。Velero のバックアップ ストレージの場所で使用されているバケット名とエンドポイントを確認してください。</translation>
    </message>
    <message>
        <source>%1 does not exist in %2 (%3).</source>
        <translation>%1 は %2 に存在しません (%3)。</translation>
    </message>
    <message>
        <source>%1 refused the request because this computer&apos;s clock differs from the server&apos;s by more than 15 minutes (%2); correct the clock and try again.%3</source>
        <translation>このコンピューターの時刻がサーバーの時刻と 15 分を超えてずれているため、%1 が要求を拒否しました (%2)。時刻を修正してから、もう一度お試しください。%3</translation>
    </message>
    <message>
        <source> The server&apos;s time is %1.</source>
        <translation> サーバーの時刻は %1 です。</translation>
    </message>
    <message>
        <source>The secret access key was rejected (%1) by %2 while reading %3; check the secret from %4 (aks-recovery credentials set %2).</source>
        <translation>%3 の読み取り中に、%2 によってシークレット アクセス キーが拒否されました (%1)。%4 から取得したシークレットを確認してください (aks-recovery credentials set %2)。</translation>
    </message>
    <message>
        <source>The access key id &apos;%1&apos; from %2 is not known to %3 (%4).</source>
        <translation>%2 から取得したアクセス キー ID &apos;%1&apos; は、%3 で認識されていません (%4)。</translation>
    </message>
    <message>
        <source>%1 refused to let the access key &apos;%2&apos; read %3 (%4); check its policy allows s3:ListBucket and s3:GetObject.</source>
        <translation>%1 は、アクセス キー &apos;%2&apos; による %3 の読み取りを拒否しました (%4)。そのポリシーで s3:ListBucket と s3:GetObject が許可されていることを確認してください。</translation>
    </message>
    <message>
        <source>%1 answered %2 while %3 was read; try again later.</source>
        <translation>%3 の読み取り中に %1 が %2 を返しました。しばらくしてから、もう一度お試しください。</translation>
    </message>
</context>
<context>
    <name>SessionCredentials</name>
    <message>
        <source>this session</source>
        <translation>このセッション</translation>
    </message>
</context>
<context>
    <name>SnapshotCapture</name>
    <message>
        <source>Cannot read %1 for the snapshot: %2</source>
        <translation>スナップショット用に %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>Reading Get-AksHciConfig</source>
        <translation>Get-AksHciConfig を読み取っています</translation>
    </message>
    <message>
        <source>the workload cluster %1</source>
        <translation>ワークロード クラスター %1</translation>
    </message>
    <message>
        <source>The snapshot was cancelled.</source>
        <translation>スナップショットはキャンセルされました。</translation>
    </message>
    <message>
        <source>Reading the node pools of %1</source>
        <translation>%1 のノード プールを読み取っています</translation>
    </message>
    <message>
        <source>the node pools of %1</source>
        <translation>%1 のノード プール</translation>
    </message>
    <message>
        <source>Reading the versions</source>
        <translation>バージョンを読み取っています</translation>
    </message>
</context>
<context>
    <name>SnapshotCatalog</name>
    <message>
        <source>Choose the configuration snapshot&apos;s folder.</source>
        <translation>構成スナップショットのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>%1 is a file, not a snapshot folder.</source>
        <translation>%1 はスナップショット フォルダーではなく、ファイルです。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be read with your permissions.</source>
        <translation>現在のアクセス許可では、フォルダー %1 を読み取れません。</translation>
    </message>
    <message>
        <source>%1 is not a configuration snapshot: it has no manifest. Choose the folder a snapshot export wrote (Snapshots page).</source>
        <translation>%1 は構成スナップショットではありません: マニフェストがありません。スナップショットのエクスポートで書き出されたフォルダーを選択してください ([構成スナップショット] ページ)。</translation>
    </message>
</context>
<context>
    <name>SnapshotCommand</name>
    <message>
        <source>snapshot needs a subcommand: export, diff, verify or list.</source>
        <translation>snapshot にはサブコマンドが必要です: export、diff、verify、list のいずれかを指定してください。</translation>
    </message>
    <message>
        <source>Unknown snapshot subcommand &apos;%1&apos;.</source>
        <translation>不明な snapshot サブコマンド &apos;%1&apos; です。</translation>
    </message>
    <message>
        <source>Export Get-AksHciConfig, every workload cluster with its node pools and the versions into a new snapshot folder under DIR.</source>
        <translation>Get-AksHciConfig、ノード プールを含むすべてのワークロード クラスター、およびバージョンを、DIR の下の新しいスナップショット フォルダーにエクスポートします。</translation>
    </message>
    <message>
        <source>Folder that receives the snapshot folder.</source>
        <translation>スナップショット フォルダーの作成先フォルダー。</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DIR</translation>
    </message>
    <message>
        <source>Only this workload cluster (repeatable).</source>
        <translation>このワークロード クラスターのみ (複数指定可)。</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Deployment name for the folder (default: from the config).</source>
        <translation>フォルダーに使用するデプロイ名 (既定: 構成から取得)。</translation>
    </message>
    <message>
        <source>Keep secrets, encrypted with a passphrase read from the first line of stdin.</source>
        <translation>シークレットを保持し、標準入力の 1 行目から読み取ったパスフレーズで暗号化します。</translation>
    </message>
    <message>
        <source>snapshot export needs --out DIR and takes no other arguments.</source>
        <translation>snapshot export には --out DIR が必要です。その他の引数は指定できません。</translation>
    </message>
    <message>
        <source>--keep-secrets needs a passphrase on the first line of stdin; nothing was exported.</source>
        <translation>--keep-secrets には、標準入力の 1 行目にパスフレーズが必要です。何もエクスポートされませんでした。</translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1 with %n workload cluster(s) written to %2</source>
        <translation>
            <numerusform>%n 個のワークロード クラスターを含む %1 のスナップショットを %2 に書き込みました</numerusform>
        </translation>
    </message>
    <message>
        <source>Secrets were redacted.</source>
        <translation>シークレットはマスクされました。</translation>
    </message>
    <message>
        <source>Compare two snapshots (folders, or &apos;live&apos; for the environment now).</source>
        <translation>2 つのスナップショットを比較します (フォルダー、または現在の環境を表す &apos;live&apos;)。</translation>
    </message>
    <message>
        <source>The snapshot before (a folder or &apos;live&apos;).</source>
        <translation>比較元のスナップショット (フォルダーまたは &apos;live&apos;)。</translation>
    </message>
    <message>
        <source>The snapshot after (a folder or &apos;live&apos;).</source>
        <translation>比較先のスナップショット (フォルダーまたは &apos;live&apos;)。</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON を出力します。</translation>
    </message>
    <message>
        <source>Read the passphrase of encrypted snapshots from the first line of stdin.</source>
        <translation>暗号化されたスナップショットのパスフレーズを標準入力の 1 行目から読み取ります。</translation>
    </message>
    <message>
        <source>snapshot diff needs two snapshots: A and B.</source>
        <translation>snapshot diff には 2 つのスナップショットが必要です: A と B。</translation>
    </message>
    <message>
        <source>Comparing %1 (A) with %2 (B)</source>
        <translation>%1 (A) と %2 (B) を比較しています</translation>
    </message>
    <message>
        <source>Differences that matter for a restore:</source>
        <translation>復元に関係する相違点:</translation>
    </message>
    <message>
        <source>Other differences (they do not fail the comparison):</source>
        <translation>その他の相違点 (比較の失敗にはなりません):</translation>
    </message>
    <message>
        <source>Ignored (volatile): %1</source>
        <translation>無視 (変動): %1</translation>
    </message>
    <message>
        <source>%1 equal, %2 changed, %3 added, %4 removed, %5 ignored.</source>
        <translation>同一 %1、変更 %2、追加 %3、削除 %4、無視 %5。</translation>
    </message>
    <message numerus="yes">
        <source>Result: the deployments DIFFER in %n field(s) that matter.</source>
        <translation>
            <numerusform>結果: デプロイは、重要な %n 個のフィールドで異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Result: the deployments match.</source>
        <translation>結果: デプロイは一致しています。</translation>
    </message>
    <message>
        <source>Check a snapshot folder&apos;s manifest and checksums.</source>
        <translation>スナップショット フォルダーのマニフェストとチェックサムを確認します。</translation>
    </message>
    <message>
        <source>The snapshot folder.</source>
        <translation>スナップショット フォルダー。</translation>
    </message>
    <message>
        <source>snapshot verify needs one snapshot folder.</source>
        <translation>snapshot verify には、スナップショット フォルダーを 1 つ指定する必要があります。</translation>
    </message>
    <message numerus="yes">
        <source>%1: verified, %n file(s), taken %2 on %3.</source>
        <translation>
            <numerusform>%1: 検証済み、%n 個のファイル、%3 で %2 に取得。</numerusform>
        </translation>
    </message>
    <message>
        <source>List the snapshots in a folder, newest first, with their integrity.</source>
        <translation>フォルダー内のスナップショットを新しい順に、整合性と共に一覧表示します。</translation>
    </message>
    <message>
        <source>The folder that holds snapshot folders.</source>
        <translation>スナップショット フォルダーを含むフォルダー。</translation>
    </message>
    <message>
        <source>snapshot list needs one folder.</source>
        <translation>snapshot list には、フォルダーを 1 つ指定する必要があります。</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>DAMAGED</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>No snapshots in %1.</source>
        <translation>%1 にスナップショットはありません。</translation>
    </message>
    <message>
        <source>export the deployment&apos;s configuration, compare it (diff), verify or list snapshots</source>
        <translation>デプロイの構成をエクスポートまたは比較 (diff) し、スナップショットを検証または一覧表示します</translation>
    </message>
    <message>
        <source>Usage:
  aks-recovery snapshot export --out DIR [--cluster NAME]... [--name NAME] [--keep-secrets]
  aks-recovery snapshot diff A B [--json] [--passphrase-stdin]   (A, B: snapshot folders or &apos;live&apos;)
  aks-recovery snapshot verify DIR [--passphrase-stdin]
  aks-recovery snapshot list DIR [--json]
Exit codes: 0 done (diff: what matters is equal), 1 failed (diff: it differs), 2 bad usage.
</source>
        <translation>使用法:
  aks-recovery snapshot export --out DIR [--cluster NAME]... [--name NAME] [--keep-secrets]
  aks-recovery snapshot diff A B [--json] [--passphrase-stdin]   (A、B: スナップショット フォルダーまたは &apos;live&apos;)
  aks-recovery snapshot verify DIR [--passphrase-stdin]
  aks-recovery snapshot list DIR [--json]
終了コード: 0 完了 (diff: 重要な項目が同一)、1 失敗 (diff: 相違あり)、2 使用法の誤り。
</translation>
    </message>
    <message>
        <source>Also check, with the passphrase from the first line of stdin, that the snapshot is encrypted and its manifest unchanged.</source>
        <translation>標準入力の 1 行目から読み取ったパスフレーズを使用して、スナップショットが暗号化されていること、およびマニフェストが変更されていないことも確認します。</translation>
    </message>
    <message>
        <source>--passphrase-stdin needs a passphrase on the first line of stdin.</source>
        <translation>--passphrase-stdin には、標準入力の 1 行目にパスフレーズが必要です。</translation>
    </message>
</context>
<context>
    <name>SnapshotDiff</name>
    <message numerus="yes">
        <source>%1, %n node pool(s)</source>
        <translation>
            <numerusform>%1、%n 個のノード プール</numerusform>
        </translation>
    </message>
    <message>
        <source>no version</source>
        <translation>バージョンなし</translation>
    </message>
    <message>
        <source>Management cluster</source>
        <translation>管理クラスター</translation>
    </message>
    <message>
        <source>Cluster %1</source>
        <translation>クラスター %1</translation>
    </message>
    <message>
        <source>(cluster)</source>
        <translation>(クラスター)</translation>
    </message>
    <message>
        <source>Cluster %1, node pool %2</source>
        <translation>クラスター %1、ノード プール %2</translation>
    </message>
    <message>
        <source>(node pool)</source>
        <translation>(ノード プール)</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
</context>
<context>
    <name>SnapshotEncryption</name>
    <message>
        <source>The passphrase is empty.</source>
        <translation>パスフレーズが空です。</translation>
    </message>
    <message>
        <source>The key derivation settings are out of range.</source>
        <translation>キー派生の設定が範囲外です。</translation>
    </message>
    <message>
        <source>OpenSSL could not derive a key from the passphrase.</source>
        <translation>OpenSSL でパスフレーズからキーを派生できませんでした。</translation>
    </message>
    <message>
        <source>OpenSSL could not produce random bytes for the salt.</source>
        <translation>OpenSSL でソルト用のランダム バイトを生成できませんでした。</translation>
    </message>
    <message>
        <source>OpenSSL could not produce random bytes for the nonce.</source>
        <translation>OpenSSL でノンス用のランダム バイトを生成できませんでした。</translation>
    </message>
    <message>
        <source>OpenSSL could not encrypt the snapshot file.</source>
        <translation>OpenSSL でスナップショット ファイルを暗号化できませんでした。</translation>
    </message>
    <message>
        <source>%1 is not an encrypted snapshot file.</source>
        <translation>%1 は暗号化されたスナップショット ファイルではありません。</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: %2</source>
        <translation>%1 を復号できません: %2</translation>
    </message>
    <message>
        <source>OpenSSL could not decrypt %1.</source>
        <translation>OpenSSL で %1 を復号できませんでした。</translation>
    </message>
    <message>
        <source>Cannot decrypt %1: the passphrase is wrong, or the file was changed or moved from another name or snapshot.</source>
        <translation>%1 を復号できません: パスフレーズが間違っているか、ファイルが変更されたか、別の名前またはスナップショットから移動されています。</translation>
    </message>
</context>
<context>
    <name>SnapshotReader</name>
    <message>
        <source>The snapshot file %1 is missing.</source>
        <translation>スナップショット ファイル %1 がありません。</translation>
    </message>
    <message>
        <source>Folder: %1. The snapshot is incomplete: use another one.</source>
        <translation>フォルダー: %1。スナップショットが不完全です: 別のスナップショットを使用してください。</translation>
    </message>
    <message>
        <source>The snapshot file %1 is %2 bytes, too large for a config snapshot.</source>
        <translation>スナップショット ファイル %1 は %2 バイトで、構成スナップショットとしては大きすぎます。</translation>
    </message>
    <message>
        <source>Cannot read the snapshot file %1: %2</source>
        <translation>スナップショット ファイル %1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>The snapshot file %1 is not valid JSON.</source>
        <translation>スナップショット ファイル %1 は有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>Restore the snapshot folder from a good copy, or take a new one.</source>
        <translation>正常なコピーからスナップショット フォルダーを復元するか、新しいスナップショットを取得してください。</translation>
    </message>
    <message>
        <source>The snapshot folder %1 does not exist.</source>
        <translation>スナップショット フォルダー %1 は存在しません。</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not match its checksum: it was changed or cut short after the snapshot was taken.</source>
        <translation>スナップショット ファイル %1 がチェックサムと一致しません: スナップショットの取得後に変更されたか、途中で切れています。</translation>
    </message>
    <message>
        <source>Expected %1 bytes, SHA-256 %2; found %3 bytes, SHA-256 %4. Do not rebuild from this snapshot; use another copy.</source>
        <translation>想定: %1 バイト、SHA-256 %2。実際: %3 バイト、SHA-256 %4。このスナップショットから再構築しないでください。別のコピーを使用してください。</translation>
    </message>
    <message>
        <source>The snapshot manifest lists no %1.</source>
        <translation>スナップショット マニフェストに %1 が含まれていません。</translation>
    </message>
    <message>
        <source>The snapshot file %1 is missing from the manifest.</source>
        <translation>スナップショット ファイル %1 がマニフェストにありません。</translation>
    </message>
    <message>
        <source>The snapshot %1 keeps its secrets encrypted: give its passphrase to open it.</source>
        <translation>スナップショット %1 ではシークレットが暗号化されています: 開くには、パスフレーズを指定してください。</translation>
    </message>
    <message>
        <source>The snapshot file %1 does not hold a cluster (&quot;name&quot; and &quot;cluster&quot;).</source>
        <translation>スナップショット ファイル %1 にクラスター (&quot;name&quot; と &quot;cluster&quot;) が含まれていません。</translation>
    </message>
    <message>
        <source>The snapshot file %1 is not encrypted, though the snapshot&apos;s manifest says every file is: it was replaced after the snapshot was taken.</source>
        <translation>スナップショットのマニフェストではすべてのファイルが暗号化されていることになっていますが、スナップショット ファイル %1 は暗号化されていません: スナップショットの取得後に置き換えられています。</translation>
    </message>
    <message>
        <source>Do not rebuild from this snapshot; use another copy.</source>
        <translation>このスナップショットから再構築しないでください。別のコピーを使用してください。</translation>
    </message>
    <message>
        <source>The snapshot file %1 is encrypted, though the snapshot&apos;s manifest says none is: the manifest was changed after the snapshot was taken.</source>
        <translation>スナップショットのマニフェストではどのファイルも暗号化されていないことになっていますが、スナップショット ファイル %1 は暗号化されています: スナップショットの取得後にマニフェストが変更されています。</translation>
    </message>
    <message>
        <source>The snapshot %1 is not encrypted, though a passphrase was given: a snapshot that keeps its secrets always is, so this one was replaced or is another snapshot.</source>
        <translation>パスフレーズが指定されましたが、スナップショット %1 は暗号化されていません: シークレットを保持するスナップショットは常に暗号化されるため、このスナップショットは置き換えられたか、別のスナップショットです。</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: %2</source>
        <translation>スナップショット %1 を開けません: %2</translation>
    </message>
    <message>
        <source>Cannot open the snapshot %1: the passphrase is wrong, or its manifest was changed after the snapshot was taken.</source>
        <translation>スナップショット %1 を開けません: パスフレーズが間違っているか、スナップショットの取得後にマニフェストが変更されています。</translation>
    </message>
    <message>
        <source>Nothing was read from it. Check the passphrase, or use another copy.</source>
        <translation>このスナップショットからは何も読み取られていません。パスフレーズを確認するか、別のコピーを使用してください。</translation>
    </message>
</context>
<context>
    <name>SnapshotWriter</name>
    <message>
        <source>Keeping secrets in a snapshot needs a passphrase to encrypt them.</source>
        <translation>スナップショットにシークレットを保持するには、暗号化のためのパスフレーズが必要です。</translation>
    </message>
    <message>
        <source>Give a passphrase, or let the secrets be redacted.</source>
        <translation>パスフレーズを指定するか、シークレットをマスクしてください。</translation>
    </message>
    <message>
        <source>Cannot create the snapshot folder %1.</source>
        <translation>スナップショット フォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>Check that the path is writable and the disk is not full.</source>
        <translation>パスが書き込み可能で、ディスクがいっぱいでないことを確認してください。</translation>
    </message>
    <message>
        <source>The snapshot %1 already exists; it is never overwritten.</source>
        <translation>スナップショット %1 は既に存在します。スナップショットが上書きされることはありません。</translation>
    </message>
    <message>
        <source>Wait a second and export again, or choose another output folder.</source>
        <translation>1 秒待ってからもう一度エクスポートするか、別の出力フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder in %1: %2</source>
        <translation>%1 に一時フォルダーを作成できません: %2</translation>
    </message>
    <message>
        <source>The snapshot export was cancelled; nothing was kept.</source>
        <translation>スナップショットのエクスポートはキャンセルされました。何も保持されていません。</translation>
    </message>
    <message>
        <source>Simulated failure at step %1 (test hook).</source>
        <translation>ステップ %1 でのシミュレートされた失敗 (テスト フック)。</translation>
    </message>
    <message>
        <source>Cannot write %1 of the snapshot: %2</source>
        <translation>スナップショットの %1 を書き込めません: %2</translation>
    </message>
    <message>
        <source>Check free disk space and permissions of %1.</source>
        <translation>%1 のディスクの空き領域とアクセス許可を確認してください。</translation>
    </message>
    <message>
        <source>Cannot move the finished snapshot into place as %1.</source>
        <translation>完成したスナップショットを %1 として所定の場所に移動できません。</translation>
    </message>
    <message>
        <source>Removed %1, left by an interrupted snapshot export</source>
        <translation>中断されたスナップショットのエクスポートで残された %1 を削除しました</translation>
    </message>
    <message>
        <source>Config snapshot written to %1</source>
        <translation>構成スナップショットを %1 に書き込みました</translation>
    </message>
</context>
<context>
    <name>StoreCliOptions</name>
    <message>
        <source>The backup store: a folder, a downloaded backup .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>バックアップ ストア: フォルダー、ダウンロードしたバックアップの .tar.gz、azure://ACCOUNT/CONTAINER[/PREFIX]、または s3://BUCKET[/PREFIX]。</translation>
    </message>
    <message>
        <source>Custom endpoint URL (Azurite, Azure Stack Hub, MinIO).</source>
        <translation>カスタム エンドポイント URL (Azurite、Azure Stack Hub、MinIO)。</translation>
    </message>
    <message>
        <source>S3 region (MinIO: minio).</source>
        <translation>S3 リージョン (MinIO: minio)。</translation>
    </message>
    <message>
        <source>The credentials file given to velero install --secret-file.</source>
        <translation>velero install --secret-file に指定した資格情報ファイル。</translation>
    </message>
    <message>
        <source>Extra CA certificates to trust (PEM).</source>
        <translation>信頼する追加の CA 証明書 (PEM)。</translation>
    </message>
    <message>
        <source>Name the backup store with --store STORE (or give a .tar.gz).</source>
        <translation>--store STORE でバックアップ ストアを指定してください (または .tar.gz を指定してください)。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid endpoint URL.</source>
        <translation>&apos;%1&apos; は有効なエンドポイント URL ではありません。</translation>
    </message>
    <message>
        <source>Unexpected argument %1.</source>
        <translation>予期しない引数 %1 です。</translation>
    </message>
</context>
<context>
    <name>StoreFactory</name>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Unknown kind of backup store (%1).</source>
        <translation>不明な種類のバックアップ ストアです (%1)。</translation>
    </message>
</context>
<context>
    <name>StoreListingParser</name>
    <message>
        <source>the object &apos;%1&apos; has an invalid size &apos;%2&apos;</source>
        <translation>オブジェクト &apos;%1&apos; のサイズ &apos;%2&apos; が無効です</translation>
    </message>
</context>
<context>
    <name>StoreSpec</name>
    <message>
        <source>No backup store was given.</source>
        <translation>バックアップ ストアが指定されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid storage account name (3-24 lowercase letters and digits). Use azure://ACCOUNT/CONTAINER[/PREFIX].</source>
        <translation>&apos;%1&apos; は有効なストレージ アカウント名ではありません (英小文字と数字で 3 ～ 24 文字)。azure://ACCOUNT/CONTAINER[/PREFIX] を使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid container name. Use azure://ACCOUNT/CONTAINER[/PREFIX].</source>
        <translation>&apos;%1&apos; は有効なコンテナー名ではありません。azure://ACCOUNT/CONTAINER[/PREFIX] を使用してください。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid bucket name. Use s3://BUCKET[/PREFIX].</source>
        <translation>&apos;%1&apos; は有効なバケット名ではありません。s3://BUCKET[/PREFIX] を使用してください。</translation>
    </message>
    <message>
        <source>The prefix &apos;%1&apos; is not valid.</source>
        <translation>プレフィックス &apos;%1&apos; は無効です。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a store this app reads: give a folder, a .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX].</source>
        <translation>&apos;%1&apos; は、このアプリで読み取れるストアではありません: フォルダー、.tar.gz、azure://ACCOUNT/CONTAINER[/PREFIX]、または s3://BUCKET[/PREFIX] を指定してください。</translation>
    </message>
    <message>
        <source>The endpoint %1 is not a valid URL.</source>
        <translation>エンドポイント %1 は有効な URL ではありません。</translation>
    </message>
    <message>
        <source>The backup store &apos;%1&apos; contains control characters (a line break or tab pasted with it?).</source>
        <translation>バックアップ ストア &apos;%1&apos; に制御文字が含まれています (改行やタブも一緒に貼り付けられていませんか?)。</translation>
    </message>
</context>
<context>
    <name>TarStreamParser</name>
    <message>
        <source>not a valid tar stream: bad header checksum at byte %1</source>
        <translation>有効な tar ストリームではありません: バイト %1 のヘッダー チェックサムが不正です</translation>
    </message>
    <message>
        <source>not a valid tar stream: bad size at byte %1</source>
        <translation>有効な tar ストリームではありません: バイト %1 のサイズが不正です</translation>
    </message>
    <message>
        <source>the tarball holds a %1 (%2); Velero writes only regular files, so it is refused</source>
        <translation>tarball に %1 (%2) が含まれています。Velero は通常のファイルしか書き込まないため、拒否されました</translation>
    </message>
    <message>
        <source>the tarball holds the entry path &quot;%1&quot; that would escape its folder; refused</source>
        <translation>tarball に、フォルダーの外に出るエントリ パス &quot;%1&quot; が含まれています。拒否されました</translation>
    </message>
    <message>
        <source>the entry %1 is %2 bytes, more than the %3 bytes allowed for one object</source>
        <translation>エントリ %1 は %2 バイトで、1 つのオブジェクトに許容される %3 バイトを超えています</translation>
    </message>
    <message>
        <source>a tar extended header of %1 bytes is too large</source>
        <translation>%1 バイトの tar 拡張ヘッダーは大きすぎます</translation>
    </message>
    <message>
        <source>the tar stream has no end-of-archive marker after %1 entries (cut short?)</source>
        <translation>tar ストリームの %1 個のエントリの後にアーカイブ終了マーカーがありません (途中で切れている可能性があります)</translation>
    </message>
    <message>
        <source>the tar stream stops in the middle of %1</source>
        <translation>tar ストリームが %1 の途中で終わっています</translation>
    </message>
    <message>
        <source>a header</source>
        <translation>ヘッダー</translation>
    </message>
    <message>
        <source>hard link</source>
        <translation>ハード リンク</translation>
    </message>
    <message>
        <source>symbolic link</source>
        <translation>シンボリック リンク</translation>
    </message>
    <message>
        <source>character device</source>
        <translation>キャラクター デバイス</translation>
    </message>
    <message>
        <source>block device</source>
        <translation>ブロック デバイス</translation>
    </message>
    <message>
        <source>directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>FIFO</source>
        <translation>FIFO</translation>
    </message>
    <message>
        <source>GNU sparse file</source>
        <translation>GNU スパース ファイル</translation>
    </message>
    <message>
        <source>entry of type &apos;%1&apos;</source>
        <translation>種類 &apos;%1&apos; のエントリ</translation>
    </message>
    <message>
        <source>the skipped entry %1 is %2 bytes, more than the %3 bytes allowed for one object</source>
        <translation>スキップされたエントリ %1 は %2 バイトで、1 つのオブジェクトに許容される %3 バイトを超えています</translation>
    </message>
    <message>
        <source>not a valid tar stream: a malformed pax header before byte %1</source>
        <translation>有効な tar ストリームではありません: バイト %1 より前に不正な形式の pax ヘッダーがあります</translation>
    </message>
    <message>
        <source>the tarball holds a GNU sparse file (%1); Velero writes only regular files, so it is refused</source>
        <translation>tarball に GNU スパース ファイル (%1) が含まれています。Velero は通常のファイルしか書き込まないため、拒否されました</translation>
    </message>
</context>
<context>
    <name>TarballScanner</name>
    <message>
        <source>Backup %1, artifact %2: %3</source>
        <translation>バックアップ %1、アーティファクト %2: %3</translation>
    </message>
    <message>
        <source>missing from the store (the backup never finished uploading, or the tarball was deleted)</source>
        <translation>ストアにありません (バックアップのアップロードが完了していないか、tarball が削除されています)</translation>
    </message>
    <message>
        <source>the object %1 is not valid JSON (%2)</source>
        <translation>オブジェクト %1 は有効な JSON ではありません (%2)</translation>
    </message>
    <message>
        <source>the object %1 has no apiVersion or kind</source>
        <translation>オブジェクト %1 に apiVersion または kind がありません</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>%1 を読み取っています</translation>
    </message>
    <message>
        <source>no metadata/version entry: not a Velero backup tarball</source>
        <translation>metadata/version エントリがありません: Velero のバックアップ tarball ではありません</translation>
    </message>
    <message>
        <source>the object %1 is empty</source>
        <translation>オブジェクト %1 は空です</translation>
    </message>
</context>
<context>
    <name>TarballStore</name>
    <message>
        <source>The backup file %1 does not exist.</source>
        <translation>バックアップ ファイル %1 は存在しません。</translation>
    </message>
    <message>
        <source>The backup file %1 is not a readable file.</source>
        <translation>バックアップ ファイル %1 は読み取り可能なファイルではありません。</translation>
    </message>
    <message>
        <source>%1 is not in %2: a downloaded backup holds only the resource tarball.</source>
        <translation>%1 は %2 にありません: ダウンロードしたバックアップに含まれているのは、リソースの tarball だけです。</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルされました。</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 を読み取れません: %2</translation>
    </message>
    <message>
        <source>%1 is %2 bytes, more than the %3 bytes allowed.</source>
        <translation>%1 は %2 バイトで、許容される %3 バイトを超えています。</translation>
    </message>
</context>
<context>
    <name>VeleroBackup</name>
    <message>
        <source>A Backup in velero&apos;s output has no name.</source>
        <translation>velero の出力に名前のない Backup があります。</translation>
    </message>
</context>
<context>
    <name>VeleroBsl</name>
    <message>
        <source>A BackupStorageLocation in velero&apos;s output has no name.</source>
        <translation>velero の出力に名前のない BackupStorageLocation があります。</translation>
    </message>
</context>
<context>
    <name>VeleroClient</name>
    <message>
        <source>Command: %1</source>
        <translation>コマンド: %1</translation>
    </message>
    <message>
        <source>backup name</source>
        <translation>バックアップ名</translation>
    </message>
    <message>
        <source>Velero has no backup named &apos;%1&apos; on this cluster. It may have expired or not yet been synced from the storage location.</source>
        <translation>このクラスターの Velero には、&apos;%1&apos; という名前のバックアップはありません。有効期限が切れたか、ストレージの場所からまだ同期されていない可能性があります。</translation>
    </message>
    <message>
        <source>restore name</source>
        <translation>復元名</translation>
    </message>
    <message>
        <source>Velero has no restore named &apos;%1&apos; on this cluster.</source>
        <translation>このクラスターの Velero には、&apos;%1&apos; という名前の復元はありません。</translation>
    </message>
    <message>
        <source>Could not read the logs of restore &apos;%1&apos;: %2</source>
        <translation>復元 &apos;%1&apos; のログを読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>Cannot download backup &apos;%1&apos; to &apos;%2&apos;: the folder does not exist.</source>
        <translation>バックアップ &apos;%1&apos; を &apos;%2&apos; にダウンロードできません: フォルダーが存在しません。</translation>
    </message>
    <message>
        <source>Could not download backup &apos;%1&apos;: %2</source>
        <translation>バックアップ &apos;%1&apos; をダウンロードできませんでした: %2</translation>
    </message>
    <message>
        <source>velero reported that backup &apos;%1&apos; was downloaded, but %2 is not there.</source>
        <translation>velero はバックアップ &apos;%1&apos; がダウンロードされたと報告しましたが、%2 がありません。</translation>
    </message>
    <message>
        <source>namespace to include</source>
        <translation>含める名前空間</translation>
    </message>
    <message>
        <source>namespace to exclude</source>
        <translation>除外する名前空間</translation>
    </message>
    <message>
        <source>resource to include</source>
        <translation>含めるリソース</translation>
    </message>
    <message>
        <source>resource to exclude</source>
        <translation>除外するリソース</translation>
    </message>
    <message>
        <source>namespace to map</source>
        <translation>マップする名前空間</translation>
    </message>
    <message>
        <source>target namespace</source>
        <translation>ターゲット名前空間</translation>
    </message>
    <message>
        <source>Velero did not accept the restore of backup &apos;%1&apos;: %2</source>
        <translation>Velero はバックアップ &apos;%1&apos; の復元を受け付けませんでした: %2</translation>
    </message>
    <message>
        <source>velero restore create did not say which restore it created.</source>
        <translation>velero restore create が、作成した復元を示しませんでした。</translation>
    </message>
    <message>
        <source>Restore %1: %2 (%3 of %4 items)</source>
        <translation>復元 %1: %2 (%4 項目中 %3 項目)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>New</translation>
    </message>
    <message>
        <source>Stopped waiting for restore &apos;%1&apos;; Velero goes on with it on the cluster.</source>
        <translation>復元 &apos;%1&apos; の待機を停止しました。Velero はクラスター上で復元を続行します。</translation>
    </message>
    <message>
        <source>Velero cannot be installed without %1.</source>
        <translation>%1 がないと Velero をインストールできません。</translation>
    </message>
    <message>
        <source>a blob container</source>
        <translation>BLOB コンテナー</translation>
    </message>
    <message>
        <source>a bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Could not write the temporary credentials file for velero install in %1.</source>
        <translation>%1 に velero install 用の一時資格情報ファイルを書き込めませんでした。</translation>
    </message>
    <message>
        <source>Could not write the temporary credentials file %1.</source>
        <translation>一時資格情報ファイル %1 を書き込めませんでした。</translation>
    </message>
    <message>
        <source>velero install failed: %1</source>
        <translation>velero install が失敗しました: %1</translation>
    </message>
    <message>
        <source>velero version failed: %1</source>
        <translation>velero version が失敗しました: %1</translation>
    </message>
    <message>
        <source>velero version did not print a client version.</source>
        <translation>velero version がクライアント バージョンを出力しませんでした。</translation>
    </message>
    <message>
        <source>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</source>
        <translation>Velero のプロバイダーは、&apos;%1&apos; ではなく azure または aws である必要があります。</translation>
    </message>
    <message>
        <source>Velero cannot be installed without credentials for the %1 plugin.</source>
        <translation>%1 プラグインの資格情報がないと、Velero をインストールできません。</translation>
    </message>
    <message>
        <source>&lt;temporary credentials file, removed after&gt;</source>
        <translation>&lt;一時資格情報ファイル、使用後に削除&gt;</translation>
    </message>
    <message>
        <source>velero uninstall failed: %1</source>
        <translation>velero uninstall が失敗しました: %1</translation>
    </message>
    <message>
        <source>Could not read the velero CLI&apos;s version (velero version --client-only): %1</source>
        <translation>velero CLI のバージョンを読み取れませんでした (velero version --client-only): %1</translation>
    </message>
    <message>
        <source>Velero is installed, but creating its backup location failed: %1</source>
        <translation>Velero はインストールされましたが、バックアップの場所の作成に失敗しました: %1</translation>
    </message>
    <message>
        <source>Velero installed with bucket %1 (read-only)</source>
        <translation>バケット %1 を使用して Velero をインストールしました (読み取り専用)</translation>
    </message>
    <message>
        <source>Velero installed with bucket %1</source>
        <translation>バケット %1 を使用して Velero をインストールしました</translation>
    </message>
</context>
<context>
    <name>VeleroInstallCommand</name>
    <message>
        <source>velero %1 is not in the plugin compatibility table (velero 1.2 to %2 are): install a supported velero CLI, it also chooses the server&apos;s version.</source>
        <translation>velero %1 はプラグインの互換性表にありません (記載されているのは velero 1.2 ～ %2 です): サポートされている velero CLI をインストールしてください。サーバーのバージョンも velero CLI によって決まります。</translation>
    </message>
    <message>
        <source>Could not read the Velero credentials file %1: %2</source>
        <translation>Velero の資格情報ファイル %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%1 is too large to be a Velero credentials file.</source>
        <translation>%1 は Velero の資格情報ファイルとしては大きすぎます。</translation>
    </message>
    <message>
        <source>The Azure plugin cannot use a SAS token: Velero needs the storage account key (storageAccountKeyEnvVar) or a service principal. The app can read the backups with the SAS, but it cannot install Velero with it.</source>
        <translation>Azure プラグインでは SAS トークンを使用できません: Velero には、ストレージ アカウント キー (storageAccountKeyEnvVar) またはサービス プリンシパルが必要です。このアプリは SAS を使用してバックアップを読み取ることはできますが、SAS を使用して Velero をインストールすることはできません。</translation>
    </message>
    <message>
        <source>With these settings the backup location would stay Unavailable; the %1 plugin says: %2</source>
        <translation>この設定では、バックアップの場所は Unavailable のままになります。%1 プラグインのメッセージ: %2</translation>
    </message>
    <message>
        <source>Native Azure disk snapshots need a service principal with AZURE_SUBSCRIPTION_ID and AZURE_RESOURCE_GROUP in the credentials file; install without volume snapshots instead.</source>
        <translation>ネイティブの Azure ディスク スナップショットには、資格情報ファイルに AZURE_SUBSCRIPTION_ID と AZURE_RESOURCE_GROUP が含まれたサービス プリンシパルが必要です。代わりに、ボリューム スナップショットなしでインストールしてください。</translation>
    </message>
    <message>
        <source>Velero&apos;s provider must be azure or aws, not &apos;%1&apos;.</source>
        <translation>Velero のプロバイダーは、&apos;%1&apos; ではなく azure または aws である必要があります。</translation>
    </message>
    <message>
        <source>Velero cannot be installed without the bucket or container of the backups.</source>
        <translation>バックアップのバケットまたはコンテナーがないと、Velero をインストールできません。</translation>
    </message>
    <message>
        <source>The plugin %1 does not pair with velero %2 (the compatibility table pairs %3).</source>
        <translation>プラグイン %1 は velero %2 に対応していません (互換性表で対応しているのは %3 です)。</translation>
    </message>
    <message>
        <source>velero %1 cannot create the backup location ReadOnly as the default (needs 1.6 or newer).</source>
        <translation>velero %1 では、既定のバックアップの場所を ReadOnly として作成できません (1.6 以降が必要です)。</translation>
    </message>
    <message>
        <source>velero %1 would refuse the command: %2</source>
        <translation>velero %1 ではこのコマンドが拒否されます: %2</translation>
    </message>
</context>
<context>
    <name>VeleroInstallPlan</name>
    <message>
        <source>Velero&apos;s provider for &apos;%1&apos; must be &quot;azure&quot; or &quot;aws&quot;.</source>
        <translation>&apos;%1&apos; の Velero のプロバイダーは &quot;azure&quot; または &quot;aws&quot; である必要があります。</translation>
    </message>
    <message>
        <source>Velero&apos;s bucket (container) for &apos;%1&apos; is not set.</source>
        <translation>&apos;%1&apos; の Velero のバケット (コンテナー) が設定されていません。</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a backup location config key the %2 plugin accepts (cluster &apos;%3&apos;).</source>
        <translation>&apos;%1&apos; は、%2 プラグインで使用できるバックアップの場所の構成キーではありません (クラスター &apos;%3&apos;)。</translation>
    </message>
    <message>
        <source>Velero&apos;s storageAccount for &apos;%1&apos; is not set.</source>
        <translation>&apos;%1&apos; の Velero の storageAccount が設定されていません。</translation>
    </message>
    <message>
        <source>Velero&apos;s location for &apos;%1&apos; names no way to authenticate: set storageAccountKeyEnvVar (account key), useAAD=true (service principal) or resourceGroup (service principal with key listing).</source>
        <translation>&apos;%1&apos; の Velero の場所に認証方法が指定されていません: storageAccountKeyEnvVar (アカウント キー)、useAAD=true (サービス プリンシパル)、または resourceGroup (キーを一覧表示できるサービス プリンシパル) を設定してください。</translation>
    </message>
    <message>
        <source>Velero&apos;s region for &apos;%1&apos; is not set (the AWS plugin needs one; MinIO takes any, e.g. minio).</source>
        <translation>&apos;%1&apos; の Velero のリージョンが設定されていません (AWS プラグインにはリージョンが必要です。MinIO では任意の値を使用できます。例: minio)。</translation>
    </message>
</context>
<context>
    <name>VeleroInstallPlanner</name>
    <message>
        <source>The backup location on %1 is created ReadOnly: the restore of %2 needs no file-system volume data, and a ReadOnly location keeps Velero&apos;s garbage collector from deleting expired backups from the store.</source>
        <translation>%1 のバックアップの場所は ReadOnly として作成されます: %2 の復元にはファイル システム ボリューム データが不要であり、ReadOnly の場所であれば、Velero のガベージ コレクターによって有効期限切れのバックアップがストアから削除されるのを防ぐことができます。</translation>
    </message>
    <message>
        <source>The backup location on %1 is created ReadWrite: %2 holds file-system volume data, and Velero cannot restore it from a ReadOnly location (velero issue 9626). Velero&apos;s garbage collector deletes every backup of that location that is past its expiry.</source>
        <translation>%1 のバックアップの場所は ReadWrite として作成されます: %2 にはファイル システム ボリューム データが含まれており、Velero は ReadOnly の場所からそれを復元できません (velero issue 9626)。Velero のガベージ コレクターは、その場所にある有効期限切れのバックアップをすべて削除します。</translation>
    </message>
    <message>
        <source>Velero cannot be installed against the folder %1 without a credentials file: give the plan the credentials file of %2&apos;s backup location.</source>
        <translation>資格情報ファイルがないと、フォルダー %1 を対象として Velero をインストールできません: %2 のバックアップの場所の資格情報ファイルを計画に指定してください。</translation>
    </message>
    <message>
        <source>No credentials for the backup storage %1 to install Velero with: %2</source>
        <translation>Velero のインストールに使用するバックアップ ストレージ %1 の資格情報がありません: %2</translation>
    </message>
    <message>
        <source>The credentials of %1 are a SAS token (%2). The Azure plugin cannot use a SAS: give the plan the storage account key or the service principal credentials file Velero used.</source>
        <translation>%1 の資格情報は SAS トークンです (%2)。Azure プラグインでは SAS を使用できません: Velero が使用していたストレージ アカウント キーまたはサービス プリンシパルの資格情報ファイルを計画に指定してください。</translation>
    </message>
</context>
<context>
    <name>VeleroJson</name>
    <message>
        <source>velero printed JSON that is not an object.</source>
        <translation>velero がオブジェクトではない JSON を出力しました。</translation>
    </message>
    <message>
        <source>velero printed a %1 whose items are not a list.</source>
        <translation>velero が、items がリストではない %1 を出力しました。</translation>
    </message>
    <message>
        <source>velero printed a &apos;%1&apos; where a %2 or %2List was expected.</source>
        <translation>velero が、%2 または %2List が必要な場所に &apos;%1&apos; を出力しました。</translation>
    </message>
</context>
<context>
    <name>VeleroRestore</name>
    <message>
        <source>A Restore in velero&apos;s output has no name.</source>
        <translation>velero の出力に名前のない Restore があります。</translation>
    </message>
</context>
<context>
    <name>VeleroSchedule</name>
    <message>
        <source>A Schedule in velero&apos;s output has no name.</source>
        <translation>velero の出力に名前のない Schedule があります。</translation>
    </message>
</context>
<context>
    <name>VeleroVersionPairing</name>
    <message>
        <source>The velero CLI&apos;s version (%1) cannot be read, so its pairing with backup %2 cannot be checked.</source>
        <translation>velero CLI のバージョン (%1) を読み取れないため、バックアップ %2 との組み合わせを確認できません。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>The Velero server&apos;s version on %1 (%2) cannot be read, so its pairing with backup %3 cannot be checked.</source>
        <translation>%1 の Velero サーバーのバージョン (%2) を読み取れないため、バックアップ %3 との組み合わせを確認できません。</translation>
    </message>
    <message>
        <source>velero client %1, server %2, backup %3 made by velero %4</source>
        <translation>velero クライアント %1、サーバー %2、バックアップ %3 の作成に使用された velero: %4</translation>
    </message>
    <message>
        <source>%1 (to be installed)</source>
        <translation>%1 (インストール予定)</translation>
    </message>
    <message>
        <source>%1 or newer (%2)</source>
        <translation>%1 以降 (%2)</translation>
    </message>
    <message>
        <source>of an unknown release</source>
        <translation>不明なリリース</translation>
    </message>
    <message>
        <source>The velero CLI is %1 but the Velero server on %2 is %3: velero supports a client and server of the same major.minor only, and warns about this pairing. Use a velero CLI %4.x to run the restore.</source>
        <translation>velero CLI は %1 ですが、%2 の Velero サーバーは %3 です: velero がサポートするのはメジャー.マイナー バージョンが同じクライアントとサーバーの組み合わせのみで、この組み合わせでは警告が表示されます。復元の実行には velero CLI %4.x を使用してください。</translation>
    </message>
    <message>
        <source>Backup %1 was made by velero %2 or newer (%3), but the Velero server that would restore it on %4 is %5: an older Velero cannot be trusted to read a newer backup. Restore with velero %2 or newer (%6).</source>
        <translation>バックアップ %1 は velero %2 以降 (%3) で作成されましたが、%4 でこれを復元する Velero サーバーは %5 です: 古い Velero が新しいバックアップを正しく読み取れるとは限りません。velero %2 以降で復元してください (%6)。</translation>
    </message>
    <message>
        <source>upgrade the server on %1, or restore into a cluster without Velero</source>
        <translation>%1 のサーバーをアップグレードするか、Velero がないクラスターに復元</translation>
    </message>
    <message>
        <source>a newer velero CLI installs a newer server</source>
        <translation>新しい velero CLI では新しいサーバーがインストールされます</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>The backup to check.</source>
        <translation>チェックするバックアップ。</translation>
    </message>
    <message>
        <source>Backup %1 is whole: every artifact is present and readable, the tarball is complete and holds every object of the resource list.</source>
        <translation>バックアップ %1 は完全です: すべてのアーティファクトが存在して読み取り可能であり、tarball は完全で、リソース一覧のすべてのオブジェクトが含まれています。</translation>
    </message>
    <message>
        <source>check a backup in storage is whole and restorable</source>
        <translation>ストレージ内のバックアップが完全で復元可能であることを確認します</translation>
    </message>
</context>
<context>
    <name>WorkloadCluster</name>
    <message>
        <source>Get-AksHciCluster printed something that is not a cluster object.</source>
        <translation>Get-AksHciCluster がクラスター オブジェクトではない内容を出力しました。</translation>
    </message>
    <message>
        <source>Get-AksHciCluster printed a cluster without a name.</source>
        <translation>Get-AksHciCluster が名前のないクラスターを出力しました。</translation>
    </message>
</context>
<context>
    <name>aks::BackupChoicesLoader</name>
    <message>
        <source>List the backups of the plan&apos;s clusters</source>
        <translation>計画内のクラスターのバックアップの一覧表示</translation>
    </message>
</context>
<context>
    <name>aks::BackupListModel</name>
    <message>
        <source>Unreadable metadata</source>
        <translation>読み取れないメタデータ</translation>
    </message>
    <message>
        <source>Tarball only</source>
        <translation>tar アーカイブのみ</translation>
    </message>
    <message>
        <source>%1 (never finished uploading)</source>
        <translation>%1 (アップロード未完了)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>velero-backup.json has no tarball beside it: this backup never finished uploading. Do not restore it.</source>
        <translation>velero-backup.json と同じ場所に tar アーカイブがありません。このバックアップはアップロードが完了していません。復元しないでください。</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>完了日時</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Artifacts</source>
        <translation>アーティファクト</translation>
    </message>
</context>
<context>
    <name>aks::BackupsModel</name>
    <message>
        <source>Stale: the last refresh of %1 failed; this is what it showed before.</source>
        <translation>古い情報: %1 の前回の更新に失敗しました。表示されているのは以前の内容です。</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
</context>
<context>
    <name>aks::ClusterDetailsModel</name>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>aks::ClusterPlanModel</name>
    <message>
        <source>all</source>
        <translation>すべて</translation>
    </message>
    <message>
        <source>none: keep what is in the cluster; update: overwrite it with the backup&apos;s (destructive, needs the cluster&apos;s name typed)</source>
        <translation>none: クラスター内の既存のものを保持します。update: バックアップの内容で上書きします (破壊的な操作のため、クラスター名の入力が必要です)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Excluded namespaces</source>
        <translation>除外する名前空間</translation>
    </message>
    <message>
        <source>Namespace mapping (old:new)</source>
        <translation>名前空間のマッピング (旧:新)</translation>
    </message>
    <message>
        <source>Restore volumes</source>
        <translation>ボリュームの復元</translation>
    </message>
    <message>
        <source>Existing resources</source>
        <translation>既存のリソース</translation>
    </message>
    <message>
        <source>paired with the velero CLI</source>
        <translation>velero CLI に合わせて選択</translation>
    </message>
    <message>
        <source>the store&apos;s</source>
        <translation>ストアと同じ</translation>
    </message>
    <message>
        <source>Read from the cluster&apos;s old backup location.</source>
        <translation>クラスターの以前のバックアップの場所から読み取りました。</translation>
    </message>
    <message>
        <source>Given by you: the old backup location could not be read.</source>
        <translation>ユーザーが指定: 以前のバックアップの場所を読み取れませんでした。</translation>
    </message>
    <message>
        <source>Velero provider</source>
        <translation>Velero プロバイダー</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>Location config</source>
        <translation>場所の構成</translation>
    </message>
    <message>
        <source>Plugin</source>
        <translation>プラグイン</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>資格情報ファイル</translation>
    </message>
    <message>
        <source>Restore this cluster&apos;s backup even if it is PartiallyFailed: the items that failed during the backup are not in it. Look inside it first. The run&apos;s journal and report record it.</source>
        <translation>このクラスターのバックアップが PartiallyFailed であっても復元します: バックアップ中に失敗した項目は含まれていません。先に内容を確認してください。このことは実行のジャーナルとレポートに記録されます。</translation>
    </message>
    <message>
        <source>The store of %1 holds no backup named %2. Pick one of its backups: %3.</source>
        <translation>%1 のストアには %2 という名前のバックアップはありません。次のいずれかのバックアップを選択してください: %3。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Restore a PartiallyFailed backup</source>
        <translation>PartiallyFailed のバックアップを復元</translation>
    </message>
</context>
<context>
    <name>aks::ClustersModel</name>
    <message>
        <source>Management cluster</source>
        <translation>管理クラスター</translation>
    </message>
    <message>
        <source>management cluster</source>
        <translation>管理クラスター</translation>
    </message>
    <message>
        <source>(not reported)</source>
        <translation>(報告なし)</translation>
    </message>
    <message>
        <source>Networking</source>
        <translation>ネットワーク</translation>
    </message>
    <message>
        <source>Virtual network</source>
        <translation>仮想ネットワーク</translation>
    </message>
    <message>
        <source>Virtual switch</source>
        <translation>仮想スイッチ</translation>
    </message>
    <message>
        <source>Network type</source>
        <translation>ネットワークの種類</translation>
    </message>
    <message>
        <source>IP address prefix</source>
        <translation>IP アドレス プレフィックス</translation>
    </message>
    <message>
        <source>Node IP pool</source>
        <translation>ノード IP プール</translation>
    </message>
    <message>
        <source>VIP pool</source>
        <translation>VIP プール</translation>
    </message>
    <message>
        <source>Gateway</source>
        <translation>ゲートウェイ</translation>
    </message>
    <message>
        <source>DNS servers</source>
        <translation>DNS サーバー</translation>
    </message>
    <message>
        <source>VLAN ID</source>
        <translation>VLAN ID</translation>
    </message>
    <message>
        <source>Cloud service CIDR</source>
        <translation>クラウド サービス CIDR</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>No proxy</source>
        <translation>プロキシの除外対象</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>ストレージ</translation>
    </message>
    <message>
        <source>Image folder</source>
        <translation>イメージ フォルダー</translation>
    </message>
    <message>
        <source>Working folder</source>
        <translation>作業フォルダー</translation>
    </message>
    <message>
        <source>Cloud config location</source>
        <translation>クラウド構成の場所</translation>
    </message>
    <message>
        <source>Control plane</source>
        <translation>コントロール プレーン</translation>
    </message>
    <message>
        <source>VM size</source>
        <translation>VM サイズ</translation>
    </message>
    <message>
        <source>Load balancer</source>
        <translation>ロード バランサー</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>AKS hybrid</source>
        <translation>AKS hybrid</translation>
    </message>
    <message>
        <source>Kubernetes (management)</source>
        <translation>Kubernetes (管理)</translation>
    </message>
    <message>
        <source>Install state</source>
        <translation>インストール状態</translation>
    </message>
    <message>
        <source> (autoscale %1–%2)</source>
        <translation> (自動スケーリング %1–%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n node(s)</source>
        <translation>
            <numerusform>%n 個のノード</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Kubernetes</source>
        <translation>Kubernetes</translation>
    </message>
    <message>
        <source>Nodes</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
</context>
<context>
    <name>aks::ClustersPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Reading the deployment with Get-AksHciConfig and Get-AksHciCluster...</source>
        <translation>Get-AksHciConfig と Get-AksHciCluster でデプロイを読み取っています...</translation>
    </message>
    <message>
        <source>Read the deployment again (F5)</source>
        <translation>デプロイを再度読み取ります (F5)</translation>
    </message>
    <message>
        <source>Refreshing clusters</source>
        <translation>クラスターを更新しています</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>名前でフィルター</translation>
    </message>
    <message>
        <source>Filter clusters by name</source>
        <translation>クラスターを名前でフィルター</translation>
    </message>
    <message>
        <source>Management and workload clusters</source>
        <translation>管理クラスターとワークロード クラスター</translation>
    </message>
    <message>
        <source>Details of the selected item</source>
        <translation>選択した項目の詳細</translation>
    </message>
    <message>
        <source>Refresh clusters</source>
        <translation>クラスターの更新</translation>
    </message>
    <message>
        <source>Reading the deployment</source>
        <translation>デプロイの読み取り</translation>
    </message>
    <message numerus="yes">
        <source>Updated %1 · %n workload cluster(s)</source>
        <translation>
            <numerusform>最終更新: %1 · %n 個のワークロード クラスター</numerusform>
        </translation>
    </message>
    <message>
        <source>The clusters shown are from %1 and may be out of date.</source>
        <translation>表示されているクラスターは %1 時点のもので、最新でない可能性があります。</translation>
    </message>
    <message>
        <source>Stale: last good data from %1</source>
        <translation>古い情報: 最後に正常に取得したデータは %1 のものです</translation>
    </message>
    <message>
        <source>No cluster data</source>
        <translation>クラスター データがありません</translation>
    </message>
    <message>
        <source>The deployment could not be read. Fix the problem shown above, then press Refresh.</source>
        <translation>デプロイを読み取れませんでした。上に表示されている問題を解決してから、[最新の情報に更新] を押してください。</translation>
    </message>
</context>
<context>
    <name>aks::CompareTab</name>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>Backup to compare with</source>
        <translation>比較対象のバックアップ</translation>
    </message>
    <message>
        <source>Differences</source>
        <translation>相違点</translation>
    </message>
    <message>
        <source>Compare &amp;with:</source>
        <translation>比較対象(&amp;W):</translation>
    </message>
</context>
<context>
    <name>aks::ComparisonModel</name>
    <message>
        <source>Added</source>
        <translation>追加</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更内容</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
</context>
<context>
    <name>aks::CredentialKeeper</name>
    <message>
        <source>Save the credentials for %1 in the keychain</source>
        <translation>%1 の資格情報をキーチェーンに保存する</translation>
    </message>
</context>
<context>
    <name>aks::DialogFacade</name>
    <message>
        <source>Type %1 to continue:</source>
        <translation>続行するには %1 と入力してください:</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>パスフレーズ</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>パスフレーズ (確認)</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>パスフレーズ(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>確認(&amp;A):</translation>
    </message>
    <message>
        <source>At least 8 characters.</source>
        <translation>8 文字以上で入力してください。</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>2 つのパスフレーズが一致しません。</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>パスフレーズを入力してください。</translation>
    </message>
</context>
<context>
    <name>aks::DiffModel</name>
    <message>
        <source>ignored</source>
        <translation>無視</translation>
    </message>
    <message>
        <source>(absent)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Changes on every rebuild (state, time or id): not compared.</source>
        <translation>再構築のたびに変わる値 (状態、時刻、ID) のため、比較しません。</translation>
    </message>
    <message>
        <source>Different, but not part of the deployment&apos;s shape: does not fail the comparison.</source>
        <translation>異なりますが、デプロイの構造には含まれないため、比較は失敗になりません。</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>位置</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>A</source>
        <translation>A</translation>
    </message>
    <message>
        <source>B</source>
        <translation>B</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
</context>
<context>
    <name>aks::HealthFindingsModel</name>
    <message>
        <source>Management cluster</source>
        <translation>管理クラスター</translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation>緊急度</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>検出結果</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>残り日数</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Documented repair</source>
        <translation>文書化された修復手順</translation>
    </message>
</context>
<context>
    <name>aks::HealthPage</name>
    <message>
        <source>&amp;Check now</source>
        <translation>今すぐチェック(&amp;C)</translation>
    </message>
    <message>
        <source>Run &amp;repair...</source>
        <translation>修復を実行(&amp;R)...</translation>
    </message>
    <message>
        <source>Diagnose the deployment and every workload cluster again</source>
        <translation>デプロイとすべてのワークロード クラスターを再診断します</translation>
    </message>
    <message>
        <source>Checking health</source>
        <translation>正常性をチェックしています</translation>
    </message>
    <message>
        <source>Health findings, most urgent first</source>
        <translation>正常性の検出結果 (緊急度の高い順)</translation>
    </message>
    <message>
        <source>Documented repairs of the selected finding</source>
        <translation>選択した検出結果に対する文書化された修復手順</translation>
    </message>
    <message>
        <source>The exact script the repair runs</source>
        <translation>修復で実行されるスクリプトの全文</translation>
    </message>
    <message>
        <source>Repair:</source>
        <translation>修復:</translation>
    </message>
    <message>
        <source>Script:</source>
        <translation>スクリプト:</translation>
    </message>
    <message>
        <source>%1 (deprecated cmdlet)</source>
        <translation>%1 (非推奨のコマンドレット)</translation>
    </message>
    <message>
        <source>Deployment %1 answers; AKS hybrid %2.</source>
        <translation>デプロイ %1 は応答しています (AKS hybrid %2)。</translation>
    </message>
    <message>
        <source>(version unknown)</source>
        <translation>(バージョン不明)</translation>
    </message>
    <message>
        <source>The management cluster does not answer.</source>
        <translation>管理クラスターが応答しません。</translation>
    </message>
    <message>
        <source>%1: Kubernetes %2, %3.</source>
        <translation>%1: Kubernetes %2、%3。</translation>
    </message>
    <message>
        <source>API server answers</source>
        <translation>API サーバー応答あり</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>到達不可</translation>
    </message>
    <message>
        <source>The symptoms fit expired certificates or tokens. Run the documented repair below before any restore: uninstalling would destroy a deployment the repair brings back.</source>
        <translation>症状は、証明書またはトークンの有効期限切れと一致しています。復元を行う前に、下記の文書化された修復手順を実行してください: アンインストールすると、修復で回復できるはずのデプロイが破棄されてしまいます。</translation>
    </message>
    <message>
        <source>Something needs action: see the findings marked Warning or Critical.</source>
        <translation>対応が必要な項目があります: 警告または重大とマークされた検出結果を確認してください。</translation>
    </message>
    <message>
        <source>Run repair</source>
        <translation>修復の実行</translation>
    </message>
    <message>
        <source>This runs:
%1
It replaces the certificates and tokens of %2; kubeconfigs fetched before stop working. Type the name to go on.</source>
        <translation>次のコマンドを実行します:
%1
%2 の証明書とトークンが置き換えられるため、以前に取得した kubeconfig は使用できなくなります。続行するには名前を入力してください。</translation>
    </message>
    <message>
        <source>The repair did not run: the name typed was not &apos;%1&apos;.</source>
        <translation>修復は実行されませんでした: 入力された名前が &apos;%1&apos; ではありませんでした。</translation>
    </message>
    <message>
        <source>%1: done, and the diagnosis confirms it. Journal: %2</source>
        <translation>%1: 完了しました。診断でも確認されました。ジャーナル: %2</translation>
    </message>
</context>
<context>
    <name>aks::HealthRunner</name>
    <message>
        <source>Check health</source>
        <translation>正常性のチェック</translation>
    </message>
    <message>
        <source>Diagnosing the deployment</source>
        <translation>デプロイを診断しています</translation>
    </message>
    <message>
        <source>Repair: %1</source>
        <translation>修復: %1</translation>
    </message>
</context>
<context>
    <name>aks::HistoryPage</name>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>Not loaded yet</source>
        <translation>まだ読み込まれていません</translation>
    </message>
    <message>
        <source>Cluster filter</source>
        <translation>クラスター フィルター</translation>
    </message>
    <message>
        <source>Phase filter</source>
        <translation>フェーズ フィルター</translation>
    </message>
    <message>
        <source>All phases</source>
        <translation>すべてのフェーズ</translation>
    </message>
    <message>
        <source>Schedule filter</source>
        <translation>スケジュール フィルター</translation>
    </message>
    <message>
        <source>Search backups</source>
        <translation>バックアップの検索</translation>
    </message>
    <message>
        <source>Recovery point objective per cluster</source>
        <translation>クラスターごとの目標復旧時点</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>&amp;Backups</source>
        <translation>バックアップ(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>タイムライン(&amp;T)</translation>
    </message>
    <message>
        <source>Schedules</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>&amp;Schedules</source>
        <translation>スケジュール(&amp;S)</translation>
    </message>
    <message>
        <source>Storage locations</source>
        <translation>ストレージの場所</translation>
    </message>
    <message>
        <source>Storage &amp;locations</source>
        <translation>ストレージの場所(&amp;L)</translation>
    </message>
    <message>
        <source>Restores</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Res&amp;tores</source>
        <translation>復元(&amp;T)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovery point objective&lt;/b&gt;</source>
        <translation>&lt;b&gt;目標復旧時点&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Refreshing…</source>
        <translation>更新しています…</translation>
    </message>
    <message>
        <source>Read Velero backup history</source>
        <translation>Velero のバックアップ履歴の読み取り</translation>
    </message>
    <message>
        <source>Could not read the backup history: %1</source>
        <translation>バックアップ履歴を読み取れませんでした: %1</translation>
    </message>
    <message>
        <source>Could not refresh the backup history: %1 What is shown is stale.</source>
        <translation>バックアップ履歴を更新できませんでした: %1 表示されている内容は古い情報です。</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>更新に失敗しました</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Stale: %1</source>
        <translation>古い情報: %1</translation>
    </message>
    <message>
        <source>Some clusters could not be refreshed; their rows are stale (grey).</source>
        <translation>一部のクラスターを更新できませんでした。それらの行 (灰色) は古い情報です。</translation>
    </message>
    <message>
        <source>No Completed backup within the RPO of %1 on: %2.</source>
        <translation>次のクラスターには、RPO (%1) 以内に Completed のバックアップがありません: %2。</translation>
    </message>
    <message>
        <source>Updated %1</source>
        <translation>最終更新: %1</translation>
    </message>
    <message>
        <source>All clusters</source>
        <translation>すべてのクラスター</translation>
    </message>
    <message>
        <source>All schedules</source>
        <translation>すべてのスケジュール</translation>
    </message>
    <message>
        <source>Cannot open %1: cluster %2 has no storage location named &apos;%3&apos;.</source>
        <translation>%1 を開けません: クラスター %2 に &apos;%3&apos; という名前のストレージの場所がありません。</translation>
    </message>
    <message>
        <source>Double-click a backup (or press Enter) to look inside it in the inspector; right-click for more.</source>
        <translation>バックアップをダブルクリックする (または Enter キーを押す) と、インスペクターで内容を確認できます。その他の操作は右クリックしてください。</translation>
    </message>
    <message>
        <source>&amp;Open in the inspector</source>
        <translation>インスペクターで開く(&amp;O)</translation>
    </message>
</context>
<context>
    <name>aks::InspectorPage</name>
    <message>
        <source>%1 is absent from the store.</source>
        <translation>%1 はストアにありません。</translation>
    </message>
    <message>
        <source>%1 holds no entries.</source>
        <translation>%1 にはエントリがありません。</translation>
    </message>
    <message>
        <source>Backup inspector</source>
        <translation>バックアップ インスペクター</translation>
    </message>
    <message>
        <source>Open a backup store (a folder that holds backups/, or a backup downloaded with velero backup download) to see every resource, volume backup, log and warning a Velero backup holds, with no cluster needed.</source>
        <translation>バックアップ ストア (backups/ を含むフォルダー、または velero backup download でダウンロードしたバックアップ) を開くと、Velero バックアップに含まれるすべてのリソース、ボリューム バックアップ、ログ、警告を確認できます。クラスターは必要ありません。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Object</source>
        <translation>オブジェクト</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>名前空間</translation>
    </message>
    <message>
        <source>Pod</source>
        <translation>ポッド</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>Uploader</source>
        <translation>アップローダー</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Snapshot</source>
        <translation>スナップショット</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>バイト数</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>ノード</translation>
    </message>
    <message>
        <source>Persistent volume</source>
        <translation>永続ボリューム</translation>
    </message>
    <message>
        <source>Volume ID</source>
        <translation>ボリューム ID</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>タイプ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Claim</source>
        <translation>要求</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>コンテンツ</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>準備完了</translation>
    </message>
    <message>
        <source>Driver</source>
        <translation>ドライバー</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>ハンドル</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>方法</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>スキップ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>アクション</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>スコープ</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Folder, .tar.gz, azure://ACCOUNT/CONTAINER[/PREFIX] or s3://BUCKET[/PREFIX]</source>
        <translation>フォルダー、.tar.gz、azure://ACCOUNT/CONTAINER[/PREFIX]、または s3://BUCKET[/PREFIX]</translation>
    </message>
    <message>
        <source>Backup store</source>
        <translation>バックアップ ストア</translation>
    </message>
    <message>
        <source>&amp;Store:</source>
        <translation>ストア(&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>開く(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Folder...</source>
        <translation>フォルダー(&amp;F)...</translation>
    </message>
    <message>
        <source>Open a folder that holds a backup store (backups/, restores/...)</source>
        <translation>バックアップ ストア (backups/、restores/...) を含むフォルダーを開きます</translation>
    </message>
    <message>
        <source>&amp;Downloaded backup...</source>
        <translation>ダウンロードしたバックアップ(&amp;D)...</translation>
    </message>
    <message>
        <source>Open a .tar.gz written by velero backup download</source>
        <translation>velero backup download で書き出された .tar.gz を開きます</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Resource list checked against the tarball</source>
        <translation>tar アーカイブと照合したリソース一覧</translation>
    </message>
    <message>
        <source>Pod volume backups (restic/kopia)</source>
        <translation>ポッド ボリューム バックアップ (restic/kopia)</translation>
    </message>
    <message>
        <source>Native volume snapshots</source>
        <translation>ネイティブ ボリューム スナップショット</translation>
    </message>
    <message>
        <source>CSI volume snapshots</source>
        <translation>CSI ボリューム スナップショット</translation>
    </message>
    <message>
        <source>CSI volume snapshot contents</source>
        <translation>CSI ボリューム スナップショットのコンテンツ</translation>
    </message>
    <message>
        <source>Volume info</source>
        <translation>ボリューム情報</translation>
    </message>
    <message>
        <source>Item operations</source>
        <translation>項目の操作</translation>
    </message>
    <message>
        <source>Errors and warnings</source>
        <translation>エラーと警告</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Backup object</source>
        <translation>バックアップ オブジェクト</translation>
    </message>
    <message>
        <source>Resource list</source>
        <translation>リソース一覧</translation>
    </message>
    <message>
        <source>Volumes</source>
        <translation>ボリューム</translation>
    </message>
    <message>
        <source>CSI</source>
        <translation>CSI</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Compare</source>
        <translation>比較</translation>
    </message>
    <message>
        <source>Open backup store folder</source>
        <translation>バックアップ ストア フォルダーを開く</translation>
    </message>
    <message>
        <source>Open downloaded backup</source>
        <translation>ダウンロードしたバックアップを開く</translation>
    </message>
    <message>
        <source>Velero backups (*.tar.gz *.tgz)</source>
        <translation>Velero バックアップ (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Open backup store %1</source>
        <translation>バックアップ ストア %1 を開く</translation>
    </message>
    <message>
        <source>%1 holds no backups.</source>
        <translation>%1 にはバックアップがありません。</translation>
    </message>
    <message>
        <source>There is no backup named %1 in %2.</source>
        <translation>%2 に %1 という名前のバックアップはありません。</translation>
    </message>
    <message>
        <source>Backup %1 never finished uploading: velero-backup.json has no tarball beside it. Do not restore it.</source>
        <translation>バックアップ %1 はアップロードが完了していません: velero-backup.json と同じ場所に tar アーカイブがありません。復元しないでください。</translation>
    </message>
    <message>
        <source>No resources: the tarball is absent.</source>
        <translation>リソースがありません: tar アーカイブが存在しません。</translation>
    </message>
    <message>
        <source>Read the artifacts of backup %1</source>
        <translation>バックアップ %1 のアーティファクトの読み取り</translation>
    </message>
    <message>
        <source>velero-backup.json is absent: only the resources are known.</source>
        <translation>velero-backup.json がありません: リソースのみが判明しています。</translation>
    </message>
    <message>
        <source>Some artifacts of backup %1 could not be read.</source>
        <translation>バックアップ %1 の一部のアーティファクトを読み取れませんでした。</translation>
    </message>
    <message>
        <source>Reading the tarball...</source>
        <translation>tar アーカイブを読み取っています...</translation>
    </message>
    <message>
        <source>Read the resources of backup %1</source>
        <translation>バックアップ %1 のリソースの読み取り</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s), tarball format %1</source>
        <translation>
            <numerusform>%n 個のオブジェクト、tar アーカイブ形式 %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the resource list of backup %1</source>
        <translation>バックアップ %1 のリソース一覧の確認</translation>
    </message>
    <message>
        <source>Every object of the resource list is in the tarball.</source>
        <translation>リソース一覧のすべてのオブジェクトが tar アーカイブに含まれています。</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s) of the resource list are missing from the tarball.</source>
        <translation>
            <numerusform>リソース一覧のうち %n 個のオブジェクトが tar アーカイブにありません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading backup %1...</source>
        <translation>バックアップ %1 を読み取っています...</translation>
    </message>
    <message>
        <source>Compare backup %1 with %2</source>
        <translation>バックアップ %1 と %2 の比較</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 added, %4 removed, %5 changed, %6 unchanged.</source>
        <translation>%1 から %2 への変化: 追加 %3、削除 %4、変更 %5、変更なし %6。</translation>
    </message>
    <message>
        <source>&amp;Cloud storage...</source>
        <translation>クラウド ストレージ(&amp;C)...</translation>
    </message>
    <message>
        <source>Open an Azure Blob Storage container or an S3/MinIO bucket, with its credentials</source>
        <translation>Azure Blob Storage のコンテナーまたは S3/MinIO のバケットを、その資格情報を使って開きます</translation>
    </message>
    <message numerus="yes">
        <source>Damaged tarball: showing the %n object(s) read before the damage.</source>
        <translation>
            <numerusform>tarball が破損しています: 破損箇所より前に読み取れた %n 個のオブジェクトを表示しています。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aks::ItemViews</name>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Double-click or press Enter: %1. Right-click for more.</source>
        <translation>ダブルクリックまたは Enter キー: %1。その他の操作は右クリックしてください。</translation>
    </message>
</context>
<context>
    <name>aks::JobManager</name>
    <message>
        <source>Job %1 started: %2</source>
        <translation>ジョブ %1 を開始しました: %2</translation>
    </message>
    <message>
        <source>Job %1 finished</source>
        <translation>ジョブ %1 が完了しました</translation>
    </message>
    <message>
        <source>Job %1 cancelled: %2</source>
        <translation>ジョブ %1 がキャンセルされました: %2</translation>
    </message>
    <message>
        <source>Job %1 failed: %2</source>
        <translation>ジョブ %1 が失敗しました: %2</translation>
    </message>
    <message>
        <source>Job %1: cancel requested</source>
        <translation>ジョブ %1: キャンセルを要求しました</translation>
    </message>
</context>
<context>
    <name>aks::JobsModel</name>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Cancelling</source>
        <translation>キャンセル中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 分 %2 秒</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後のメッセージ</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
</context>
<context>
    <name>aks::JobsPanel</name>
    <message>
        <source>&amp;Cancel job</source>
        <translation>ジョブのキャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
</context>
<context>
    <name>aks::JsonViewer</name>
    <message>
        <source>Object JSON</source>
        <translation>オブジェクトの JSON</translation>
    </message>
    <message>
        <source>Find in JSON</source>
        <translation>JSON 内を検索</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Not found</source>
        <translation>見つかりません</translation>
    </message>
    <message>
        <source>Show secret &amp;values</source>
        <translation>シークレットの値を表示(&amp;V)</translation>
    </message>
    <message>
        <source>Copy the whole JSON to the clipboard, as shown (secret values masked unless shown)</source>
        <translation>表示されているとおりに JSON 全体をクリップボードにコピーします (シークレットの値は、表示していない場合はマスクされます)</translation>
    </message>
    <message>
        <source>This Secret&apos;s values are masked. Tick to show them in clear.</source>
        <translation>この Secret の値はマスクされています。平文で表示するには、チェックボックスをオンにしてください。</translation>
    </message>
</context>
<context>
    <name>aks::LocationsModel</name>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (既定)</translation>
    </message>
    <message>
        <source>not validated yet</source>
        <translation>未検証</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>場所</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Bucket/prefix</source>
        <translation>バケット/プレフィックス</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>アクセス</translation>
    </message>
    <message>
        <source>Availability</source>
        <translation>可用性</translation>
    </message>
    <message>
        <source>Last synced</source>
        <translation>最終同期</translation>
    </message>
</context>
<context>
    <name>aks::LogEntryModel</name>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>フィールド</translation>
    </message>
</context>
<context>
    <name>aks::LogModel</name>
    <message>
        <source>Debug</source>
        <translation>デバッグ</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時刻</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>レベル</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>aks::LogPage</name>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
    <message>
        <source>Debug and above</source>
        <translation>デバッグ以上</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログの検索</translation>
    </message>
    <message>
        <source>Open log folder</source>
        <translation>ログ フォルダーを開く</translation>
    </message>
    <message>
        <source>Log records</source>
        <translation>ログ レコード</translation>
    </message>
</context>
<context>
    <name>aks::LogTab</name>
    <message>
        <source>Backup log</source>
        <translation>バックアップ ログ</translation>
    </message>
    <message>
        <source>Minimum level</source>
        <translation>最小レベル</translation>
    </message>
    <message>
        <source>All levels</source>
        <translation>すべてのレベル</translation>
    </message>
    <message>
        <source>Info and above</source>
        <translation>情報以上</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>警告とエラー</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>エラーのみ</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>ログの検索</translation>
    </message>
    <message>
        <source>&amp;Level:</source>
        <translation>レベル(&amp;L):</translation>
    </message>
</context>
<context>
    <name>aks::LongLivedPowerShell</name>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
</context>
<context>
    <name>aks::LongLivedPowerShell::HostThread</name>
    <message>
        <source>%1: could not start PowerShell &apos;%2&apos; (%3). Check its path in Settings.</source>
        <translation>%1: PowerShell &apos;%2&apos; を開始できませんでした (%3)。[設定] でパスを確認してください。</translation>
    </message>
    <message>
        <source>%1 was cancelled before it started.</source>
        <translation>%1 は開始前にキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 printed too much output; PowerShell was stopped.</source>
        <translation>%1 の出力が多すぎるため、PowerShell を停止しました。</translation>
    </message>
    <message>
        <source>%1: the PowerShell host ended unexpectedly (exit code %2); it will be restarted on the next call.</source>
        <translation>%1: PowerShell ホストが予期せず終了しました (終了コード %2)。次回の呼び出し時に再起動されます。</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 はキャンセルされました。</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s; the PowerShell host was stopped and will be restarted. The host may be hung or overloaded.</source>
        <translation>%1 が %2 秒以内に応答しなかったため、PowerShell ホストを停止しました。ホストは再起動されます。ホストがハングしているか、過負荷になっている可能性があります。</translation>
    </message>
    <message>
        <source>Starting the PowerShell host %1</source>
        <translation>PowerShell ホスト %1 を起動しています</translation>
    </message>
</context>
<context>
    <name>aks::MainWindow</name>
    <message>
        <source>Jobs</source>
        <translation>ジョブ</translation>
    </message>
    <message>
        <source>AKS Recovery Console - demo environment</source>
        <translation>AKS Recovery Console - デモ環境</translation>
    </message>
    <message>
        <source>AKS Recovery Console</source>
        <translation>AKS Recovery Console</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>ナビゲーション</translation>
    </message>
    <message>
        <source>Environment: %1</source>
        <translation>環境: %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>設定(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About AKS Recovery Console</source>
        <translation>AKS Recovery Console のバージョン情報(&amp;A)</translation>
    </message>
    <message>
        <source>About AKS Recovery Console</source>
        <translation>AKS Recovery Console のバージョン情報</translation>
    </message>
    <message>
        <source>&lt;b&gt;AKS Recovery Console&lt;/b&gt; %1&lt;br&gt;Guided, verifiable recovery of AKS hybrid deployments from their Velero backups.</source>
        <translation>&lt;b&gt;AKS Recovery Console&lt;/b&gt; %1&lt;br&gt;Velero バックアップから AKS hybrid デプロイを、ガイドに従って検証可能な形で復旧します。</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Config snapshots</source>
        <translation>構成スナップショット</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>ログ</translation>
    </message>
    <message>
        <source>Settings saved. Tool paths apply to new jobs after a restart.</source>
        <translation>設定を保存しました。ツールのパスは、再起動後に開始する新しいジョブに適用されます。</translation>
    </message>
    <message>
        <source>No jobs running</source>
        <translation>実行中のジョブはありません</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) running</source>
        <translation>
            <numerusform>%n 個のジョブを実行中</numerusform>
        </translation>
    </message>
    <message>
        <source>Jobs are running</source>
        <translation>ジョブを実行中です</translation>
    </message>
    <message numerus="yes">
        <source>%n job(s) are still running. Quit and cancel them?</source>
        <translation>
            <numerusform>%n 個のジョブがまだ実行中です。終了してジョブをキャンセルしますか?</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open backup store...</source>
        <translation>バックアップ ストアを開く(&amp;O)...</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>最近使った項目(&amp;R)</translation>
    </message>
    <message>
        <source>Backup stores</source>
        <translation>バックアップ ストア</translation>
    </message>
    <message>
        <source>Config snapshot folders</source>
        <translation>構成スナップショットのフォルダー</translation>
    </message>
    <message>
        <source>No recent stores or snapshots</source>
        <translation>最近使ったストアやスナップショットはありません</translation>
    </message>
    <message>
        <source>&amp;Clear list</source>
        <translation>一覧をクリア(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>ユーザー ガイド(&amp;U)</translation>
    </message>
    <message>
        <source>Health</source>
        <translation>正常性</translation>
    </message>
    <message>
        <source>Inspector: %1</source>
        <translation>インスペクター: %1</translation>
    </message>
</context>
<context>
    <name>aks::MessageBanner</name>
    <message>
        <source>Details</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Dismiss message</source>
        <translation>メッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>aks::OpenStoreDialog</name>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 の参照</translation>
    </message>
    <message>
        <source>Open a backup store</source>
        <translation>バックアップ ストアを開く</translation>
    </message>
    <message>
        <source>Store kind</source>
        <translation>ストアの種類</translation>
    </message>
    <message>
        <source>Folder (Velero&apos;s layout)</source>
        <translation>フォルダー (Velero のレイアウト)</translation>
    </message>
    <message>
        <source>Downloaded backup (.tar.gz)</source>
        <translation>ダウンロードしたバックアップ (.tar.gz)</translation>
    </message>
    <message>
        <source>Azure Blob Storage</source>
        <translation>Azure Blob Storage</translation>
    </message>
    <message>
        <source>S3-compatible storage (MinIO)</source>
        <translation>S3 互換ストレージ (MinIO)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>種類(&amp;K):</translation>
    </message>
    <message>
        <source>Store folder</source>
        <translation>ストア フォルダー</translation>
    </message>
    <message>
        <source>the folder that holds backups/</source>
        <translation>backups/ を含むフォルダー</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>フォルダー(&amp;F):</translation>
    </message>
    <message>
        <source>Backup store folder</source>
        <translation>バックアップ ストア フォルダー</translation>
    </message>
    <message>
        <source>Backup tarball</source>
        <translation>バックアップの tar アーカイブ</translation>
    </message>
    <message>
        <source>the output of velero backup download</source>
        <translation>velero backup download の出力</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>Downloaded backup</source>
        <translation>ダウンロードしたバックアップ</translation>
    </message>
    <message>
        <source>Velero backups (*.tar.gz *.tgz)</source>
        <translation>Velero バックアップ (*.tar.gz *.tgz)</translation>
    </message>
    <message>
        <source>Storage account</source>
        <translation>ストレージ アカウント</translation>
    </message>
    <message>
        <source>storageAccount from the backup location</source>
        <translation>バックアップの場所の storageAccount</translation>
    </message>
    <message>
        <source>Container</source>
        <translation>コンテナー</translation>
    </message>
    <message>
        <source>the bucket given to velero install</source>
        <translation>velero install に指定したバケット</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>プレフィックス</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>省略可能</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>optional: Azure Stack Hub or Azurite URL</source>
        <translation>省略可能: Azure Stack Hub または Azurite の URL</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>認証</translation>
    </message>
    <message>
        <source>Storage account key</source>
        <translation>ストレージ アカウント キー</translation>
    </message>
    <message>
        <source>SAS token</source>
        <translation>SAS トークン</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>シークレット</translation>
    </message>
    <message>
        <source>leave empty to use the keychain, file or environment</source>
        <translation>キーチェーン、ファイル、または環境変数を使用する場合は空のままにします</translation>
    </message>
    <message>
        <source>Credentials file</source>
        <translation>資格情報ファイル</translation>
    </message>
    <message>
        <source>optional: velero --secret-file</source>
        <translation>省略可能: velero --secret-file</translation>
    </message>
    <message>
        <source>CA certificate file</source>
        <translation>CA 証明書ファイル</translation>
    </message>
    <message>
        <source>optional: PEM</source>
        <translation>省略可能: PEM</translation>
    </message>
    <message>
        <source>Storage &amp;account:</source>
        <translation>ストレージ アカウント(&amp;A):</translation>
    </message>
    <message>
        <source>&amp;Container:</source>
        <translation>コンテナー(&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Prefix:</source>
        <translation>プレフィックス(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Endpoint:</source>
        <translation>エンドポイント(&amp;E):</translation>
    </message>
    <message>
        <source>A&amp;uthentication:</source>
        <translation>認証(&amp;U):</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>シークレット(&amp;S):</translation>
    </message>
    <message>
        <source>Credentials &amp;file:</source>
        <translation>資格情報ファイル(&amp;F):</translation>
    </message>
    <message>
        <source>CA &amp;certificate:</source>
        <translation>CA 証明書(&amp;C):</translation>
    </message>
    <message>
        <source>Bucket</source>
        <translation>バケット</translation>
    </message>
    <message>
        <source>s3Url, e.g. http://minio.local:9000</source>
        <translation>s3Url (例: http://minio.local:9000)</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>e.g. minio; empty: us-east-1</source>
        <translation>例: minio (空の場合: us-east-1)</translation>
    </message>
    <message>
        <source>Path-style addressing (s3ForcePathStyle)</source>
        <translation>パス形式のアドレス指定 (s3ForcePathStyle)</translation>
    </message>
    <message>
        <source>Access key id</source>
        <translation>アクセス キー ID</translation>
    </message>
    <message>
        <source>Secret access key</source>
        <translation>シークレット アクセス キー</translation>
    </message>
    <message>
        <source>&amp;Bucket:</source>
        <translation>バケット(&amp;B):</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>リージョン(&amp;R):</translation>
    </message>
    <message>
        <source>Access &amp;key id:</source>
        <translation>アクセス キー ID(&amp;K):</translation>
    </message>
    <message>
        <source>&amp;Secret access key:</source>
        <translation>シークレット アクセス キー(&amp;S):</translation>
    </message>
    <message>
        <source>The endpoint &apos;%1&apos; is not an http:// or https:// URL.</source>
        <translation>エンドポイント &apos;%1&apos; は http:// または https:// の URL ではありません。</translation>
    </message>
    <message>
        <source>Choose the folder that holds backups/.</source>
        <translation>backups/ を含むフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Choose the downloaded backup file.</source>
        <translation>ダウンロードしたバックアップ ファイルを選択してください。</translation>
    </message>
    <message>
        <source>Give the access key id the secret access key belongs to.</source>
        <translation>シークレット アクセス キーに対応するアクセス キー ID を入力してください。</translation>
    </message>
    <message>
        <source>Use the secret for this session only (not saved in the keychain)</source>
        <translation>このセッションでのみシークレットを使用する (キーチェーンには保存しない)</translation>
    </message>
    <message>
        <source>%1 The secret is kept for this session only: press Open to use it.</source>
        <translation>%1 シークレットはこのセッションでのみ保持されます: 使用するには [開く] を押してください。</translation>
    </message>
</context>
<context>
    <name>aks::PerCallPowerShell</name>
    <message>
        <source>%1: PowerShell ended without an answer (output cut short or not from this app&apos;s host script).</source>
        <translation>%1: PowerShell が応答なしで終了しました (出力が途中で切れたか、このアプリのホスト スクリプトからの出力ではありません)。</translation>
    </message>
</context>
<context>
    <name>aks::PlanPage</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>Which backup goes to which cluster, and how. Double-click a cell to change it.</source>
        <translation>どのバックアップをどのクラスターにどのように復元するかを指定します。変更するにはセルをダブルクリックしてください。</translation>
    </message>
    <message>
        <source>Backups per cluster</source>
        <translation>クラスターごとのバックアップ</translation>
    </message>
    <message>
        <source>Look inside the backup...</source>
        <translation>バックアップの内容を確認...</translation>
    </message>
    <message>
        <source>Save plan...</source>
        <translation>計画を保存...</translation>
    </message>
    <message>
        <source>An existing-resource policy of &quot;update&quot; overwrites what the cluster holds: the restore then asks for the cluster&apos;s name to be typed.</source>
        <translation>既存リソース ポリシーが &quot;update&quot; の場合、クラスター内の既存のものが上書きされます。そのため、復元時にクラスター名の入力が求められます。</translation>
    </message>
    <message>
        <source>Select a cluster first.</source>
        <translation>先にクラスターを選択してください。</translation>
    </message>
    <message>
        <source>Save the restore plan</source>
        <translation>復元計画の保存</translation>
    </message>
    <message>
        <source>Restore plans (*.json)</source>
        <translation>復元計画 (*.json)</translation>
    </message>
    <message>
        <source>Saved to %1; run it with `aks-recovery restore --plan %1`.</source>
        <translation>%1 に保存しました。`aks-recovery restore --plan %1` で実行できます。</translation>
    </message>
    <message>
        <source>This recovery has already begun. An edit makes a new plan: the steps already done that it runs unchanged are kept, the others run.</source>
        <translation>この復旧は既に開始されています。編集すると新しい計画が作成されます: 完了済みのステップのうち、新しい計画でも変更なく実行されるものはそのまま保持され、それ以外のステップが実行されます。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>This recovery has already begun, so the edited plan is a new plan with a journal of its own; the earlier journal is kept, marked as replaced.

Changed: %1

Kept as done, not run again: %2

Will run: %3</source>
        <translation>この復旧は既に開始されているため、編集した計画は独自のジャーナルを持つ新しい計画になります。以前のジャーナルは、置き換え済みとしてマークされて保持されます。

変更: %1

完了済みとして保持 (再実行なし): %2

実行予定: %3</translation>
    </message>
    <message>
        <source>

Done earlier and not part of the new plan (they stay in the earlier journal): %1</source>
        <translation>

以前に完了し、新しい計画に含まれないもの (以前のジャーナルに残ります): %1</translation>
    </message>
    <message>
        <source>Go on with the edited plan?</source>
        <translation>編集した計画で続行しますか?</translation>
    </message>
    <message>
        <source>The edit was discarded; the recovery goes on with its plan as it was.</source>
        <translation>編集は破棄されました。復旧は元の計画のまま続行されます。</translation>
    </message>
</context>
<context>
    <name>aks::PrerequisitesModel</name>
    <message>
        <source>Pass</source>
        <translation>合格</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Fail</source>
        <translation>不合格</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>解決方法</translation>
    </message>
</context>
<context>
    <name>aks::PrerequisitesPage</name>
    <message>
        <source>Prerequisites</source>
        <translation>前提条件</translation>
    </message>
    <message>
        <source>Checked live: nothing is changed. Every failed check says how to fix it.</source>
        <translation>現在の環境をその場でチェックします。変更は行われません。失敗したチェックには、それぞれ解決方法が示されます。</translation>
    </message>
    <message>
        <source>Prerequisite checks</source>
        <translation>前提条件のチェック</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>再チェック</translation>
    </message>
    <message>
        <source>Writing the plan from the environment: the clusters, and the newest backup of each that passes verify...</source>
        <translation>環境から計画を作成しています: クラスターと、それぞれの検証に合格した最新のバックアップ...</translation>
    </message>
    <message>
        <source>Write the restore plan</source>
        <translation>復元計画の作成</translation>
    </message>
    <message>
        <source>No plan.</source>
        <translation>計画がありません。</translation>
    </message>
    <message>
        <source>Could not write the plan: %1</source>
        <translation>計画を作成できませんでした: %1</translation>
    </message>
    <message numerus="yes">
        <source>Checking %n cluster(s)...</source>
        <translation>
            <numerusform>%n 個のクラスターをチェックしています...</numerusform>
        </translation>
    </message>
    <message>
        <source>Check the restore prerequisites</source>
        <translation>復元の前提条件のチェック</translation>
    </message>
    <message>
        <source>Every prerequisite is met; warnings are worth reading.</source>
        <translation>すべての前提条件を満たしています。警告も確認してください。</translation>
    </message>
    <message>
        <source>Some prerequisites fail: fix them and check again.</source>
        <translation>満たされていない前提条件があります。解決してから再チェックしてください。</translation>
    </message>
    <message>
        <source>The recovery cannot start yet.</source>
        <translation>復旧はまだ開始できません。</translation>
    </message>
</context>
<context>
    <name>aks::RecoveriesModel</name>
    <message>
        <source>New site</source>
        <translation>新しいサイト</translation>
    </message>
    <message>
        <source>Corruption</source>
        <translation>管理クラスターの破損</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>HTML and PDF</source>
        <translation>HTML と PDF</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Clusters</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>完了したステップ</translation>
    </message>
    <message>
        <source>Last update</source>
        <translation>最終更新</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Replaced by an edited plan</source>
        <translation>編集された計画に置き換え済み</translation>
    </message>
    <message>
        <source>Abandoned: a later recovery completed</source>
        <translation>中止: 後続の復旧が完了済み</translation>
    </message>
</context>
<context>
    <name>aks::ReportPage</name>
    <message>
        <source>Verify and report</source>
        <translation>検証とレポート</translation>
    </message>
    <message>
        <source>What every step did, with times and commands; secrets are redacted.</source>
        <translation>各ステップで実行された内容を、時刻とコマンドと共に示します。シークレットはマスクされています。</translation>
    </message>
    <message>
        <source>Recovery report</source>
        <translation>復旧レポート</translation>
    </message>
    <message>
        <source>Save report (HTML and PDF)...</source>
        <translation>レポートを保存 (HTML と PDF)...</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed.</source>
        <translation>ドライ ラン: 何も変更されていません。</translation>
    </message>
    <message>
        <source>Report saved as %1 and %2.</source>
        <translation>レポートを %1 と %2 として保存しました。</translation>
    </message>
    <message>
        <source>Save the recovery report</source>
        <translation>復旧レポートの保存</translation>
    </message>
    <message>
        <source>Reports (*.html)</source>
        <translation>レポート (*.html)</translation>
    </message>
    <message>
        <source>Saved %1 and %2.</source>
        <translation>%1 と %2 を保存しました。</translation>
    </message>
</context>
<context>
    <name>aks::ResourceTreeModel</name>
    <message>
        <source>(cluster-scoped)</source>
        <translation>(クラスター スコープ)</translation>
    </message>
    <message numerus="yes">
        <source>%n object(s)</source>
        <translation>
            <numerusform>%n 個のオブジェクト</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>サイズ</translation>
    </message>
</context>
<context>
    <name>aks::ResourcesTab</name>
    <message>
        <source>Resources</source>
        <translation>リソース</translation>
    </message>
    <message>
        <source>Search resources</source>
        <translation>リソースの検索</translation>
    </message>
    <message>
        <source>Search by</source>
        <translation>検索対象</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Label (key=value)</source>
        <translation>ラベル (key=value)</translation>
    </message>
    <message>
        <source>Any text</source>
        <translation>任意のテキスト</translation>
    </message>
    <message>
        <source>Select an object to see its JSON.</source>
        <translation>JSON を表示するオブジェクトを選択してください。</translation>
    </message>
</context>
<context>
    <name>aks::RestorePage</name>
    <message>
        <source>&lt;h2&gt;Restore&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;復元&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Both recovery procedures of AKS hybrid, step by step: &lt;b&gt;a new site&lt;/b&gt; with standby clusters, or &lt;b&gt;management cluster corruption&lt;/b&gt; (uninstall, reinstall from the configuration snapshot, recreate the workload clusters). Every step is checked before and verified after; destructive steps need the deployment&apos;s or cluster&apos;s name typed; a dry run shows every command first; a journal lets the recovery resume where it stopped.</source>
        <translation>AKS hybrid の 2 つの復旧手順をステップ バイ ステップで実行します: スタンバイ クラスターを使用する&lt;b&gt;新しいサイト&lt;/b&gt;への復旧と、&lt;b&gt;管理クラスターの破損&lt;/b&gt;からの復旧 (アンインストール、構成スナップショットからの再インストール、ワークロード クラスターの再作成) です。各ステップは実行前にチェックされ、実行後に検証されます。破壊的なステップでは、デプロイ名またはクラスター名の入力が必要です。ドライ ランでは、すべてのコマンドを事前に確認できます。ジャーナルにより、停止した箇所から復旧を再開できます。</translation>
    </message>
    <message>
        <source>Start the restore wizard...</source>
        <translation>復元ウィザードを開始...</translation>
    </message>
    <message>
        <source>Resume the unfinished recovery...</source>
        <translation>未完了の復旧を再開...</translation>
    </message>
    <message>
        <source>A recovery of %1 did not finish (%2 of %3 steps done, last update %4). Resume it to continue exactly where it stopped.</source>
        <translation>%1 の復旧が完了していません (%3 ステップ中 %2 ステップ完了、最終更新 %4)。再開すると、停止した箇所から正確に続行されます。</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recoveries on this machine&lt;/b&gt; (double-click: resume an unfinished one, or open a finished one&apos;s report)</source>
        <translation>&lt;b&gt;このマシンでの復元&lt;/b&gt; (ダブルクリック: 未完了のものは再開、完了したものはレポートを開きます)</translation>
    </message>
    <message>
        <source>Recoveries on this machine</source>
        <translation>このマシンでの復元</translation>
    </message>
    <message>
        <source>&amp;Resume, or open the report</source>
        <translation>再開またはレポートを開く(&amp;R)</translation>
    </message>
    <message>
        <source>This recovery of %1 was replaced by an edited plan; resume that one instead.</source>
        <translation>%1 のこの復旧は、編集された計画に置き換えられています。代わりにそちらを再開してください。</translation>
    </message>
</context>
<context>
    <name>aks::RestoreStepsModel</name>
    <message>
        <source>Waiting</source>
        <translation>待機中</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>実行中</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>キャンセル済み</translation>
    </message>
    <message numerus="yes">
        <source>Done, %n warning(s)</source>
        <translation>
            <numerusform>完了 (警告 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Took</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>試行回数</translation>
    </message>
    <message>
        <source>Last message</source>
        <translation>最後のメッセージ</translation>
    </message>
</context>
<context>
    <name>aks::RestoreWizard</name>
    <message>
        <source>Restore wizard</source>
        <translation>復元ウィザード</translation>
    </message>
    <message>
        <source>Rebuild</source>
        <translation>再構築</translation>
    </message>
    <message>
        <source>Uninstall-AksHci, then the management cluster and every workload cluster recreated from the snapshot, then a compare that must come out equal.</source>
        <translation>Uninstall-AksHci を実行し、スナップショットから管理クラスターとすべてのワークロード クラスターを再作成した後、比較を行います (結果が一致する必要があります)。</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Velero installed where missing, the backup location waited for, one restore per cluster, followed live.</source>
        <translation>Velero を必要に応じてインストールし、バックアップの場所の準備を待ってから、クラスターごとに復元を 1 回実行して進行状況を表示します。</translation>
    </message>
    <message>
        <source>Close the restore wizard?</source>
        <translation>復元ウィザードを閉じますか?</translation>
    </message>
    <message>
        <source>A step that is running is cancelled. What is done stays in the journal: the Restore page offers to resume this recovery.</source>
        <translation>実行中のステップはキャンセルされます。完了した内容はジャーナルに残り、[復元] ページからこの復旧を再開できます。</translation>
    </message>
    <message>
        <source>There is no recovery to revise.</source>
        <translation>修正する復旧がありません。</translation>
    </message>
</context>
<context>
    <name>aks::RestoresModel</name>
    <message>
        <source>New</source>
        <translation>新規</translation>
    </message>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 項目</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>復元</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>バックアップ</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>フェーズ</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>進行状況</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>開始日時</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>aks::RpoModel</name>
    <message>
        <source>Within RPO</source>
        <translation>RPO 以内</translation>
    </message>
    <message>
        <source>RPO breached</source>
        <translation>RPO 超過</translation>
    </message>
    <message>
        <source>No completed backup</source>
        <translation>完了したバックアップなし</translation>
    </message>
    <message>
        <source>Unknown (not readable)</source>
        <translation>不明 (読み取り不可)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Newest completed backup</source>
        <translation>最新の完了したバックアップ</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>経過時間</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
</context>
<context>
    <name>aks::RunStepsPage</name>
    <message>
        <source>Recovery steps</source>
        <translation>復旧ステップ</translation>
    </message>
    <message>
        <source>Live log</source>
        <translation>ライブ ログ</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>開始</translation>
    </message>
    <message>
        <source>Cancel the run</source>
        <translation>実行のキャンセル</translation>
    </message>
    <message>
        <source>Dry run</source>
        <translation>ドライ ラン</translation>
    </message>
    <message>
        <source>Dry run: the commands are shown, nothing is changed.</source>
        <translation>ドライ ラン: コマンドは表示されますが、何も変更されません。</translation>
    </message>
    <message>
        <source>Press Start when ready. Destructive steps ask for a typed name.</source>
        <translation>準備ができたら [開始] を押してください。破壊的なステップでは名前の入力が求められます。</translation>
    </message>
    <message>
        <source>Running...</source>
        <translation>実行しています...</translation>
    </message>
    <message>
        <source>Restore %1</source>
        <translation>%1 の復元</translation>
    </message>
    <message>
        <source>Rebuild %1</source>
        <translation>%1 の再構築</translation>
    </message>
    <message>
        <source>Destructive step</source>
        <translation>破壊的なステップ</translation>
    </message>
    <message>
        <source>Confirmed by typing &apos;%1&apos;.</source>
        <translation>&apos;%1&apos; の入力により確認されました。</translation>
    </message>
    <message>
        <source>Stopped before the destructive step: the name typed was not &apos;%1&apos;. Nothing was destroyed; press Start to be asked again.</source>
        <translation>破壊的なステップの前で停止しました: 入力された名前が &apos;%1&apos; ではありませんでした。何も削除されていません。もう一度確認を求めるには [開始] を押してください。</translation>
    </message>
    <message>
        <source>Waiting for confirmation.</source>
        <translation>確認を待機しています。</translation>
    </message>
    <message>
        <source>Finished with warnings: see the steps marked with warnings and the report.</source>
        <translation>警告付きで完了しました: 警告が表示されているステップとレポートを確認してください。</translation>
    </message>
    <message>
        <source>Cancelled. The journal is consistent: press Start to continue where it stopped.</source>
        <translation>キャンセルされました。ジャーナルは整合性が保たれています。[開始] を押すと、停止した箇所から続行します。</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>続行</translation>
    </message>
    <message>
        <source>Failed. Fix the cause, then press Retry: finished steps are not run again.</source>
        <translation>失敗しました。原因を解決してから [再試行] を押してください。完了したステップは再実行されません。</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Cluster not recreated</source>
        <translation>再作成されないクラスター</translation>
    </message>
    <message>
        <source>Uninstall-AksHci destroys the live workload cluster %1 with everything it runs, and this plan does not recreate it: it is lost for good. Type its name to accept that.</source>
        <translation>Uninstall-AksHci は、稼働中のワークロード クラスター %1 を、そこで実行されているすべてのものと共に破棄します。この計画ではこのクラスターは再作成されないため、完全に失われます。これを了承する場合は、クラスター名を入力してください。</translation>
    </message>
    <message>
        <source>Stopped before the destructive step: the loss of %1 was not acknowledged. Nothing was destroyed; add %1 to the plan, or press Start to be asked again.</source>
        <translation>破壊的なステップの前で停止しました: %1 の喪失が了承されませんでした。何も削除されていません。%1 を計画に追加するか、もう一度確認を求めるには [開始] を押してください。</translation>
    </message>
    <message>
        <source>Acknowledged that %1 is destroyed and not recreated.</source>
        <translation>%1 が破棄され、再作成されないことを了承しました。</translation>
    </message>
    <message>
        <source>Repair first</source>
        <translation>先に修復が必要です</translation>
    </message>
    <message>
        <source>The diagnosis found what expired certificates or tokens cause:
%1

The documented repair brings the deployment back without uninstalling anything:
%2

Run it from the Health page first. Did you run it, and it did NOT help?</source>
        <translation>診断で、証明書またはトークンの有効期限切れが原因で起こる症状が見つかりました:
%1

文書化された修復手順を実行すると、何もアンインストールせずにデプロイを回復できます:
%2

まず [正常性] ページから修復を実行してください。修復を実行済みで、それでも解決しませんでしたか?</translation>
    </message>
    <message>
        <source>Stopped before Uninstall-AksHci: run the certificate repair from the Health page first. Nothing was destroyed.</source>
        <translation>Uninstall-AksHci の前で停止しました: まず [正常性] ページから証明書の修復を実行してください。何も削除されていません。</translation>
    </message>
    <message>
        <source>Acknowledged that the documented repair did not help.</source>
        <translation>文書化された修復手順では解決しなかったことを確認しました。</translation>
    </message>
    <message>
        <source>The rebuilt deployment differs from the snapshot</source>
        <translation>再構築したデプロイがスナップショットと異なります</translation>
    </message>
    <message numerus="yes">
        <source>These %n setting(s) of the rebuilt deployment differ from the snapshot:

%1

Repair them (press No, fix them, then Retry), or accept exactly these differences and go on with the restores (Yes). An acceptance is recorded in the journal and the report.</source>
        <translation>
            <numerusform>再構築したデプロイの次の %n 個の設定がスナップショットと異なります:

%1

これらを修復する ([いいえ] を押して修正してから [再試行]) か、これらの相違に限って受け入れて復元を続行してください ([はい])。受け入れた内容はジャーナルとレポートに記録されます。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Accepted %n difference(s) from the snapshot.</source>
        <translation>
            <numerusform>スナップショットとの %n 個の相違を受け入れました。</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Press Next to go on with the recovery.</source>
        <translation>%1 復旧を続行するには [次へ] を押してください。</translation>
    </message>
</context>
<context>
    <name>aks::ScenarioPage</name>
    <message>
        <source>Scenario</source>
        <translation>シナリオ</translation>
    </message>
    <message>
        <source>Which of Microsoft&apos;s two documented recoveries do you need?</source>
        <translation>Microsoft が文書化している 2 つの復旧方法のうち、どちらが必要ですか?</translation>
    </message>
    <message>
        <source>Restore on new hardware or a new site</source>
        <translation>新しいハードウェアまたは新しいサイトに復元する</translation>
    </message>
    <message>
        <source>A management cluster and one empty workload cluster per cluster to restore (a cold standby) are ready. Velero is installed on each where missing, pointing at the same backup storage, and each cluster is restored from its backup. Needs: the standby clusters and the backup storage.</source>
        <translation>管理クラスターと、復元するクラスターごとに 1 つの空のワークロード クラスター (コールド スタンバイ) が用意されている場合です。Velero が未インストールのクラスターには、同じバックアップ ストレージを指すように Velero をインストールし、各クラスターをそのバックアップから復元します。必要なもの: スタンバイ クラスターとバックアップ ストレージ。</translation>
    </message>
    <message>
        <source>Recover from management cluster corruption</source>
        <translation>管理クラスターの破損から復旧する</translation>
    </message>
    <message>
        <source>Uninstall AKS hybrid, reinstall the management cluster with the saved configuration, recreate every workload cluster with the same shape, install Velero and restore each from its backup. Needs: a configuration snapshot taken before the corruption, and the backup storage. Destroys what is left of the deployment.</source>
        <translation>AKS hybrid をアンインストールし、保存した構成で管理クラスターを再インストールして、すべてのワークロード クラスターを同じ構造で再作成します。その後 Velero をインストールし、各クラスターをそのバックアップから復元します。必要なもの: 破損前に取得した構成スナップショットと、バックアップ ストレージ。デプロイの残っている部分は破棄されます。</translation>
    </message>
    <message>
        <source>Configuration snapshot folder</source>
        <translation>構成スナップショット フォルダー</translation>
    </message>
    <message>
        <source>Configuration snapshot folder (corruption scenario)</source>
        <translation>構成スナップショット フォルダー (破損シナリオ)</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Configuration snapshot</source>
        <translation>構成スナップショット</translation>
    </message>
    <message>
        <source>Dry run: walk every page and show every command, change nothing</source>
        <translation>ドライ ラン: すべてのページを順に進めてすべてのコマンドを表示し、何も変更しない</translation>
    </message>
    <message>
        <source>Load a plan file...</source>
        <translation>計画ファイルを読み込む...</translation>
    </message>
    <message>
        <source>Load a restore plan</source>
        <translation>復元計画の読み込み</translation>
    </message>
    <message>
        <source>Restore plans (*.json)</source>
        <translation>復元計画 (*.json)</translation>
    </message>
    <message numerus="yes">
        <source>Loaded the plan %1 (%n cluster(s)).</source>
        <translation>
            <numerusform>計画 %1 を読み込みました (%n 個のクラスター)。</numerusform>
        </translation>
    </message>
    <message>
        <source>The corruption scenario rebuilds from a configuration snapshot: choose its folder.</source>
        <translation>破損シナリオでは構成スナップショットから再構築します: そのフォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Proxy user</source>
        <translation>プロキシ ユーザー</translation>
    </message>
    <message>
        <source>Proxy user (if redacted)</source>
        <translation>プロキシ ユーザー (マスクされている場合)</translation>
    </message>
    <message>
        <source>Proxy password</source>
        <translation>プロキシ パスワード</translation>
    </message>
    <message>
        <source>Proxy password (if the snapshot&apos;s secrets were redacted)</source>
        <translation>プロキシ パスワード (スナップショットのシークレットがマスクされている場合)</translation>
    </message>
    <message>
        <source>Service principal secret</source>
        <translation>サービス プリンシパル シークレット</translation>
    </message>
    <message>
        <source>Registration&apos;s service principal secret (if any)</source>
        <translation>登録のサービス プリンシパル シークレット (ある場合)</translation>
    </message>
    <message>
        <source>Snapshots taken on this machine</source>
        <translation>このマシンで取得したスナップショット</translation>
    </message>
    <message numerus="yes">
        <source>Pick a snapshot (%n)</source>
        <translation>
            <numerusform>スナップショットを選択 (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>No snapshot yet</source>
        <translation>スナップショットはまだありません</translation>
    </message>
    <message>
        <source>Snapshots are looked for in %1 (Config snapshots page).</source>
        <translation>スナップショットは %1 で検索されます ([構成スナップショット] ページ)。</translation>
    </message>
    <message>
        <source>%1 (damaged)</source>
        <translation>%1 (破損)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n workload cluster(s), taken on %2</source>
        <translation>
            <numerusform>%1: ワークロード クラスター %n 個、%2 で取得</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot of %1 taken %2 on %3: %n workload cluster(s), every checksum verified.</source>
        <translation>
            <numerusform>%3 で %2 に取得された %1 のスナップショット: ワークロード クラスター %n 個、すべてのチェックサムを検証済み。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>aks::SchedulesModel</name>
    <message>
        <source>Paused</source>
        <translation>一時停止</translation>
    </message>
    <message>
        <source>never</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>クラスター</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>スケジュール</translation>
    </message>
    <message>
        <source>Cron</source>
        <translation>Cron</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Last backup</source>
        <translation>最後のバックアップ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Namespaces</source>
        <translation>名前空間</translation>
    </message>
</context>
<context>
    <name>aks::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;PowerShell:</source>
        <translation>PowerShell(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;velero:</source>
        <translation>velero(&amp;V):</translation>
    </message>
    <message>
        <source>&amp;kubectl:</source>
        <translation>kubectl(&amp;K):</translation>
    </message>
    <message>
        <source>One long-lived session (faster)</source>
        <translation>1 つの長期セッション (高速)</translation>
    </message>
    <message>
        <source>A new process for every call</source>
        <translation>呼び出しごとに新しいプロセス</translation>
    </message>
    <message>
        <source>PowerShell &amp;mode:</source>
        <translation>PowerShell モード(&amp;M):</translation>
    </message>
    <message>
        <source>Empty: this machine; else an HCI node reached by PowerShell remoting</source>
        <translation>空の場合: このコンピューター。それ以外の場合: PowerShell リモート処理で接続する HCI ノード</translation>
    </message>
    <message>
        <source>&amp;Remote host:</source>
        <translation>リモート ホスト(&amp;R):</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Timeout of a query:</source>
        <translation>クエリのタイムアウト(&amp;T):</translation>
    </message>
    <message>
        <source>Timeout of &amp;installs and restores:</source>
        <translation>インストールと復元のタイムアウト(&amp;I):</translation>
    </message>
    <message>
        <source> h</source>
        <translation> 時間</translation>
    </message>
    <message>
        <source>Recovery point &amp;objective:</source>
        <translation>目標復旧時点(&amp;O):</translation>
    </message>
    <message>
        <source>Options on the command line (--powershell, --velero, --kubectl) and the variables AKS_RECOVERY_POWERSHELL, AKS_RECOVERY_VELERO and AKS_RECOVERY_KUBECTL override these paths.</source>
        <translation>コマンド ラインのオプション (--powershell、--velero、--kubectl) と環境変数 AKS_RECOVERY_POWERSHELL、AKS_RECOVERY_VELERO、AKS_RECOVERY_KUBECTL は、これらのパスより優先されます。</translation>
    </message>
    <message>
        <source>Browse...</source>
        <translation>参照...</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 の参照</translation>
    </message>
    <message>
        <source>Choose a program</source>
        <translation>プログラムの選択</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotChoicesLoader</name>
    <message>
        <source>List the configuration snapshots</source>
        <translation>構成スナップショットの一覧表示</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotCompareView</name>
    <message>
        <source>Only &amp;differences</source>
        <translation>相違点のみ(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;ignored fields</source>
        <translation>無視されたフィールドを表示(&amp;I)</translation>
    </message>
    <message>
        <source>Export report (&amp;HTML)...</source>
        <translation>レポートをエクスポート (&amp;HTML)...</translation>
    </message>
    <message>
        <source>Export report (&amp;PDF)...</source>
        <translation>レポートをエクスポート (&amp;PDF)...</translation>
    </message>
    <message>
        <source>Filter fields and values</source>
        <translation>フィールドと値のフィルター</translation>
    </message>
    <message>
        <source>Filter the comparison</source>
        <translation>比較結果のフィルター</translation>
    </message>
    <message>
        <source>Comparison, field by field</source>
        <translation>フィールドごとの比較</translation>
    </message>
    <message>
        <source>Choose a snapshot and compare it with the environment now, or select two snapshots and compare them.</source>
        <translation>スナップショットを 1 つ選択して現在の環境と比較するか、2 つのスナップショットを選択して相互に比較してください。</translation>
    </message>
    <message>
        <source>%1 and %2 match: every field that matters for a restore is equal (%3 compared, %4 volatile ignored).</source>
        <translation>%1 と %2 は一致しています: 復元に影響するすべてのフィールドが同じです (比較 %3 件、変動値のため無視 %4 件)。</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %2 differ in %n field(s) that matter for a restore.</source>
        <translation>
            <numerusform>%1 と %2 では、復元に影響する %n 個のフィールドが異なります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Report saved as %1.</source>
        <translation>レポートを %1 として保存しました。</translation>
    </message>
    <message>
        <source>Export report as PDF</source>
        <translation>レポートを PDF としてエクスポート</translation>
    </message>
    <message>
        <source>Export report as HTML</source>
        <translation>レポートを HTML としてエクスポート</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>HTML (*.html *.htm)</source>
        <translation>HTML (*.html *.htm)</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotListModel</name>
    <message>
        <source>Damaged</source>
        <translation>破損</translation>
    </message>
    <message>
        <source>Verified (encrypted)</source>
        <translation>検証済み (暗号化)</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>検証済み</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>取得日時</translation>
    </message>
    <message>
        <source>Deployment</source>
        <translation>デプロイ</translation>
    </message>
    <message>
        <source>Workload clusters</source>
        <translation>ワークロード クラスター</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>整合性</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
</context>
<context>
    <name>aks::SnapshotsPage</name>
    <message>
        <source>&amp;Folder...</source>
        <translation>フォルダー(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>最新の情報に更新(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Export snapshot now</source>
        <translation>今すぐスナップショットをエクスポート(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Compare</source>
        <translation>比較(&amp;C)</translation>
    </message>
    <message>
        <source>No config snapshots yet</source>
        <translation>構成スナップショットはまだありません</translation>
    </message>
    <message>
        <source>Export a snapshot of the deployment&apos;s configuration now, or choose the folder where scheduled exports (aks-recovery snapshot export) go.</source>
        <translation>今すぐデプロイの構成のスナップショットをエクスポートするか、スケジュールされたエクスポート (aks-recovery snapshot export) の保存先フォルダーを選択してください。</translation>
    </message>
    <message>
        <source>Read Get-AksHciConfig and every workload cluster now and save them, secrets redacted, as a new snapshot in this folder.</source>
        <translation>今すぐ Get-AksHciConfig とすべてのワークロード クラスターを読み取り、シークレットをマスクして、このフォルダーに新しいスナップショットとして保存します。</translation>
    </message>
    <message>
        <source>One snapshot selected: compare it with the environment now. Two selected: compare them with each other.</source>
        <translation>スナップショットを 1 つ選択した場合: 現在の環境と比較します。2 つ選択した場合: 相互に比較します。</translation>
    </message>
    <message>
        <source>Config snapshots</source>
        <translation>構成スナップショット</translation>
    </message>
    <message>
        <source>Snapshots in:</source>
        <translation>スナップショットの場所:</translation>
    </message>
    <message>
        <source>Encrypted snapshot</source>
        <translation>暗号化されたスナップショット</translation>
    </message>
    <message>
        <source>Folder of config snapshots</source>
        <translation>構成スナップショットのフォルダー</translation>
    </message>
    <message>
        <source>No AKS hybrid environment is configured (see File &gt; Settings).</source>
        <translation>AKS hybrid 環境が構成されていません ([ファイル] &gt; [設定] を参照してください)。</translation>
    </message>
    <message>
        <source>Verify config snapshots</source>
        <translation>構成スナップショットの検証</translation>
    </message>
    <message numerus="yes">
        <source>%n snapshot(s) failed verification: do not rebuild from them.</source>
        <translation>
            <numerusform>%n 個のスナップショットが検証に失敗しました: これらから再構築しないでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Hover over a damaged snapshot to see which file is at fault.</source>
        <translation>破損したスナップショットにマウス ポインターを合わせると、問題のあるファイルが表示されます。</translation>
    </message>
    <message>
        <source>Export config snapshot</source>
        <translation>構成スナップショットのエクスポート</translation>
    </message>
    <message>
        <source>Writing the snapshot</source>
        <translation>スナップショットの書き込み</translation>
    </message>
    <message>
        <source>Snapshot saved as %1 (secrets redacted).</source>
        <translation>スナップショットを %1 として保存しました (シークレットはマスク済み)。</translation>
    </message>
    <message>
        <source>Compare snapshot with the environment</source>
        <translation>スナップショットと環境の比較</translation>
    </message>
    <message>
        <source>Compare snapshots</source>
        <translation>スナップショットの比較</translation>
    </message>
    <message>
        <source>Export with secrets (e&amp;ncrypted)...</source>
        <translation>シークレットを含めてエクスポート (暗号化)(&amp;N)...</translation>
    </message>
    <message>
        <source>Like Export, but the secrets in the configuration (proxy credentials, keys, passwords) are kept, encrypted with a passphrase you choose. Without the passphrase they cannot be read back.</source>
        <translation>エクスポートと同じですが、構成内のシークレット (プロキシの資格情報、キー、パスワード) を、指定したパスフレーズで暗号化して保持します。パスフレーズがないと読み戻せません。</translation>
    </message>
    <message>
        <source>The snapshot %1 keeps its secrets encrypted. Type its passphrase to compare them too.</source>
        <translation>スナップショット %1 はシークレットを暗号化して保持しています。シークレットも比較するには、パスフレーズを入力してください。</translation>
    </message>
    <message>
        <source>Export with secrets</source>
        <translation>シークレットを含めてエクスポート</translation>
    </message>
    <message>
        <source>The snapshot will keep the configuration&apos;s secrets, encrypted with this passphrase (AES-256-GCM). Keep the passphrase apart from the snapshot: without it the secrets cannot be read back.</source>
        <translation>スナップショットには、構成のシークレットがこのパスフレーズで暗号化 (AES-256-GCM) されて保持されます。パスフレーズはスナップショットとは別に保管してください。パスフレーズがないとシークレットを読み戻せません。</translation>
    </message>
    <message>
        <source>Snapshot saved as %1 (secrets encrypted).</source>
        <translation>スナップショットを %1 として保存しました (シークレットは暗号化済み)。</translation>
    </message>
    <message>
        <source>Snapshot folder</source>
        <translation>スナップショットのフォルダー</translation>
    </message>
    <message>
        <source>Co&amp;mpare</source>
        <translation>比較(&amp;M)</translation>
    </message>
</context>
<context>
    <name>aks::TimelineChart</name>
    <message>
        <source>Backup timeline</source>
        <translation>バックアップのタイムライン</translation>
    </message>
    <message>
        <source>Backups per cluster over the last days; shaded stretches have no Completed backup for longer than the RPO.</source>
        <translation>過去数日間のクラスターごとのバックアップです。網掛けの期間は、RPO を超えて Completed のバックアップがない期間です。</translation>
    </message>
    <message>
        <source>No backups to show yet.</source>
        <translation>表示するバックアップはまだありません。</translation>
    </message>
</context>
<context>
    <name>aks::UserGuideWindow</name>
    <message>
        <source>AKS Recovery Console - User guide</source>
        <translation>AKS Recovery Console - ユーザー ガイド</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>ユーザー ガイド</translation>
    </message>
    <message>
        <source>The user guide is missing from this build (docs/user-guide.md).</source>
        <translation>このビルドにはユーザー ガイド (docs/user-guide.md) が含まれていません。</translation>
    </message>
</context>
</TS>
