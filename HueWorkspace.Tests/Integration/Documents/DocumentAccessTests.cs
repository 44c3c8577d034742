using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Documents;

/// <summary>
/// Incoming documents through the HTTP pipeline: each person against another unit's and a secret document, by id, by
/// search, by file download, by export, and through the hub; and the whole route from register to direction by API.
/// </summary>
public sealed class DocumentAccessTests(DocumentAccessTests.Factory factory) : IClassFixture<DocumentAccessTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private async Task<(Guid Id, Guid FileId)> RegisterAsync(string clerk, string symbol, string excerpt, DocumentConfidentiality secrecy = DocumentConfidentiality.Thuong)
    {
        var services = factory.Services;
        var user = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, clerk) };
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
        var pdf = await files.StageAsync("van-ban.pdf", null, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")));
        var publisher = services.GetRequiredService<INotificationPublisher>();
        var service = new HueWorkspace.Domain.Documents.IncomingService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, publisher, TimeProvider.System), files, new HueWorkspace.Domain.Tasks.TaskService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, publisher, TimeProvider.System), files, []));
        var (id, _) = await service.RegisterAsync(new RegisterIncoming(TaskApi.Today, "Bộ Tài chính", symbol, TaskApi.Today.AddDays(-1), DocumentType.CongVan, excerpt,
            DocumentUrgency.Khan, secrecy, null, pdf));
        await using var db = await Db.CreateDbContextAsync();
        var fileId = await db.StoredFiles.Where(f => f.RecordId == id).Select(f => f.Id).SingleAsync();
        return (id, fileId);
    }

    public static TheoryData<string, bool, bool> People() => new()
    {
        // user, sees the ordinary document of Sở Tài chính, sees the secret one
        { "tc.vanthu", true, true },       // the clerk who registered both
        { "tc.chuyenvien", true, false },  // same unit, not on the secret one's list
        { "tc.lanhdao", true, false },
        { "chutich", true, false },        // the top sees the ordinary one only
        { "khcn.lanhdao", false, false },  // another unit
        { "yt.dulieu", false, false },
    };

    [Theory]
    [MemberData(nameof(People))]
    public async Task ADocument_IsOnlyReachable_ByThoseItsAccessRuleAdmits(string user, bool seesOrdinary, bool seesSecret)
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var ordinary = await RegisterAsync("tc.vanthu", $"{tag}1/BTC-NS", $"Dự toán ngân sách {tag} thường");
        var secret = await RegisterAsync("tc.vanthu", $"{tag}2/BTC-NS", $"Dự toán ngân sách {tag} mật", DocumentConfidentiality.Mat);
        var client = await factory.ClientAsync(user);
        foreach (var ((id, fileId), sees) in new[] { (ordinary, seesOrdinary), (secret, seesSecret) })
        {
            var api = await client.Http.GetAsync($"/api/documents/{id}");
            Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, api.StatusCode);
            var file = await client.Http.GetAsync($"/documents/{id}/files/{fileId}?inline=true");
            Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, file.StatusCode);
            var slip = await client.Http.GetAsync($"/documents/{id}/phieu-giai-quyet.pdf");
            Assert.Equal(sees ? HttpStatusCode.OK : HttpStatusCode.NotFound, slip.StatusCode);
            var page = await client.Http.GetStringAsync($"/documents/{id}");
            Assert.Equal(sees, !page.Contains("Không tìm thấy văn bản"));
        }

        // By search and by export: what the person may not see is not there either.
        var found = await client.Http.GetFromJsonAsync<JsonElement>($"/api/documents?q=du+toan+ngan+sach+{tag}");
        var ids = found.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("id").GetGuid()).ToList();
        Assert.Equal(seesOrdinary, ids.Contains(ordinary.Id));
        Assert.Equal(seesSecret, ids.Contains(secret.Id));
        var export = await client.Http.GetByteArrayAsync($"/documents/export.xlsx?q={tag}");
        using var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(export), false);
        var text = string.Join(" ", sheet.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "", sheet.WorkbookPart.WorksheetParts.Single().Worksheet.InnerText);
        Assert.Equal(seesOrdinary, text.Contains($"{tag}1/BTC-NS"));
        Assert.Equal(seesSecret, text.Contains($"{tag}2/BTC-NS"));
    }

    [Fact]
    public async Task TheSlipAndTheRegister_PrintWhatTheSystemKnows_InVietnamese()
    {
        var symbol = $"{Guid.NewGuid().ToString()[..5]}/BTC-QLCS";
        var (id, _) = await RegisterAsync("vp.vanthu", symbol, "Về việc kiểm kê tài sản công năm 2026");
        var clerk = await factory.ClientAsync("vp.vanthu");
        var leader = await factory.ClientAsync("chutich");
        async Task<Guid> VersionAsync() => (await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("version").GetGuid();
        await clerk.Http.PostAsJsonAsync($"/api/documents/{id}/actions/Present", new { version = await VersionAsync(), leaderId = await DemoActors.UserIdAsync(Db, "chutich") });
        (await leader.Http.PostAsJsonAsync($"/api/documents/{id}/actions/Direct", new
        {
            version = await VersionAsync(),
            text = "Sở Tài chính chủ trì kiểm kê.",
            lead = new { unitId = await DemoActors.UnitIdAsync(Db, "STC"), dueDate = TaskApi.Today.AddDays(12).ToString("yyyy-MM-dd") },
            coordinators = new[] { new { unitId = await DemoActors.UnitIdAsync(Db, "SXD"), dueDate = TaskApi.Today.AddDays(10).ToString("yyyy-MM-dd") } },
        })).EnsureSuccessStatusCode();

        var slip = await clerk.Http.GetByteArrayAsync($"/documents/{id}/phieu-giai-quyet.pdf");
        var slipText = PdfText(slip);
        foreach (var expected in new[] { "PHIẾU GIẢI QUYẾT VĂN BẢN ĐẾN", "1. Ý kiến của lãnh đạo cơ quan", "2. Ý kiến của lãnh đạo đơn vị", "3. Ý kiến đề xuất",
                     "Sở Tài chính", "Chủ trì", "Sở Xây dựng", "Phối hợp", "Sở Tài chính chủ trì kiểm kê.", symbol })
        {
            Assert.Contains(expected, slipText);
        }

        var register = await clerk.Http.GetByteArrayAsync($"/documents/so-den.pdf?from={TaskApi.Today.AddDays(-1):yyyy-MM-dd}&to={TaskApi.Today:yyyy-MM-dd}");
        var registerText = PdfText(register);
        Assert.Contains("SỔ ĐĂNG KÝ VĂN BẢN ĐẾN", registerText);
        Assert.Contains(symbol, registerText);
        foreach (var column in Web.Reports.IncomingRegisterPdf.Columns.Where(c => !c.Contains(' ')))
        {
            Assert.Contains(column, registerText);
        }

        Assert.True(Web.Reports.IncomingRegisterPdf.Columns.Length >= 10);
        var page = UglyToad.PdfPig.PdfDocument.Open(register).GetPage(1);
        Assert.True(page.Width > page.Height, "the register is printed across the page");
        if (Environment.GetEnvironmentVariable("HW_SCREENSHOTS") is { } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "documents-slip.pdf"), slip);
            await File.WriteAllBytesAsync(Path.Combine(folder, "documents-register.pdf"), register);
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = UglyToad.PdfPig.PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
    }

    [Theory]
    [InlineData("tc.vanthu", true)]
    [InlineData("tc.lanhdao", false)]
    [InlineData("tc.chuyenvien", false)]
    public async Task TheRegistrationForm_IsTheClerks(string user, bool clerk)
    {
        var page = await (await factory.ClientAsync(user)).Http.GetStringAsync("/documents/new");
        Assert.Equal(clerk, page.Contains("data-testid=\"submit\""));
        Assert.Equal(!clerk, page.Contains("Chỉ văn thư của đơn vị được vào sổ văn bản đến."));
    }

    [Fact]
    public async Task TheInlinePdf_MayBeFramedByTheAppOnly_AndOtherFilesDownload()
    {
        var (id, fileId) = await RegisterAsync("tc.vanthu", $"{Guid.NewGuid().ToString()[..5]}/BTC", "Khung xem PDF");
        var client = await factory.ClientAsync("tc.vanthu");
        var inline = await client.Http.GetAsync($"/documents/{id}/files/{fileId}?inline=true");
        Assert.Equal("application/pdf", inline.Content.Headers.ContentType?.MediaType);
        Assert.NotEqual("attachment", inline.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("SAMEORIGIN", string.Join("", inline.Headers.GetValues("X-Frame-Options")));
        Assert.Contains("frame-ancestors 'self'", string.Join("", inline.Headers.GetValues("Content-Security-Policy")));
        var download = await client.Http.GetAsync($"/documents/{id}/files/{fileId}");
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("DENY", string.Join("", download.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task FromRegisterToDirection_ThroughTheApi_TheUnitsGetTheTask_AndTheHubTellsOnlyThoseWhoMaySee()
    {
        var (id, _) = await RegisterAsync("vp.vanthu", $"{Guid.NewGuid().ToString()[..5]}/BYT-KHTC", "Về việc báo cáo y tế học đường");
        var clerk = await factory.ClientAsync("vp.vanthu");
        var leader = await factory.ClientAsync("chutich");
        var outsider = await factory.ClientAsync("phuxuan.lanhdao");

        var seenChanges = System.Threading.Channels.Channel.CreateUnbounded<EntityChange>();
        var unseenChanges = System.Threading.Channels.Channel.CreateUnbounded<EntityChange>();
        await using var seen = HubConnections.ForPerson(factory.Server, await factory.ClientAsync("khcn.chuyenvien"));
        await using var unseen = HubConnections.ForPerson(factory.Server, outsider);
        seen.On<EntityChange>("changed", c => seenChanges.Writer.TryWrite(c));
        unseen.On<EntityChange>("changed", c => unseenChanges.Writer.TryWrite(c));
        await seen.StartAsync();
        await unseen.StartAsync();

        async Task<Guid> VersionAsync() => (await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/documents/{id}")).GetProperty("version").GetGuid();
        var present = await clerk.Http.PostAsJsonAsync($"/api/documents/{id}/actions/Present", new { version = await VersionAsync(), leaderId = await DemoActors.UserIdAsync(Db, "chutich") });
        Assert.Equal(HttpStatusCode.OK, present.StatusCode);

        // The outsider cannot act on it, nor learn it exists.
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.PostAsJsonAsync($"/api/documents/{id}/actions/Direct", new { version = await VersionAsync(), text = "x" })).StatusCode);

        var direct = await leader.Http.PostAsJsonAsync($"/api/documents/{id}/actions/Direct", new
        {
            version = await VersionAsync(),
            text = "Giao Sở KH&CN chủ trì.",
            lead = new { unitId = await DemoActors.UnitIdAsync(Db, "SKHCN"), dueDate = TaskApi.Today.AddDays(8).ToString("yyyy-MM-dd") },
        });
        Assert.Equal(HttpStatusCode.OK, direct.StatusCode);
        var taskId = (await direct.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("taskId").GetGuid();

        // Sở KH&CN now sees the document, and its leader has the task (source: this document).
        var member = await factory.ClientAsync("khcn.chuyenvien");
        Assert.Equal(HttpStatusCode.OK, (await member.Http.GetAsync($"/api/documents/{id}")).StatusCode);
        var departmentLeader = await factory.ClientAsync("khcn.lanhdao");
        var task = await departmentLeader.Http.GetFromJsonAsync<JsonElement>($"/api/tasks/{taskId}");
        Assert.Equal("Document", task.GetProperty("source").GetString());
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("yt.dulieu")).Http.GetAsync($"/api/documents/{id}")).StatusCode);
        Assert.Contains(await ReadUntilAsync(seenChanges, c => c.Area == EntityChange.Documents), c => c.Id == id);

        // The outsider's first document change is a later one of their own ward: nothing of this document reached them.
        var (theirs, _) = await RegisterAsync("phuxuan.vanthu", $"{Guid.NewGuid().ToString()[..5]}/UBND", "Văn bản của phường");
        var first = (await ReadUntilAsync(unseenChanges, c => c.Area == EntityChange.Documents)).First(c => c.Area == EntityChange.Documents);
        Assert.Equal(theirs, first.Id);
    }

    private static async Task<List<EntityChange>> ReadUntilAsync(System.Threading.Channels.Channel<EntityChange> changes, Func<EntityChange, bool> until)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        var read = new List<EntityChange>();
        while (true)
        {
            var change = await changes.Reader.ReadAsync(timeout.Token);
            read.Add(change);
            if (until(change))
            {
                return read;
            }
        }
    }
}
