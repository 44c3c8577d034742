using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Documents;

/// <summary>
/// Outgoing documents through the HTTP pipeline and the hub: the route from review to issue by API, each step refused to
/// the wrong person and unknown to other units, the receiving clerk told live, the edXML package, the register.
/// </summary>
public sealed class OutgoingApiTests(OutgoingApiTests.Factory factory) : IClassFixture<OutgoingApiTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    /// <summary>A letter of Sở KH&amp;CN to the People's Committee office and Sở Tài chính, drafted by its specialist.</summary>
    private async Task<Guid> DraftAsync(string excerpt, DocumentConfidentiality secrecy = DocumentConfidentiality.Thuong)
    {
        var services = factory.Services;
        var user = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "khcn.chuyenvien") };
        var files = new FileService(services.GetRequiredService<IFileStore>(), services.GetRequiredService<FileStoreOptions>(), user);
        var pdf = await files.StageAsync("du-thao.pdf", null, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")));
        var service = new HueWorkspace.Domain.Documents.OutgoingService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, services.GetRequiredService<INotificationPublisher>(), TimeProvider.System), files);
        return await service.DraftAsync(new DraftOutgoing(await DemoActors.UnitIdAsync(Db, "SKHCN"), DocumentType.CongVan, excerpt, DocumentUrgency.Khan, secrecy,
            await DemoActors.UserIdAsync(Db, "khcn.lanhdao"), [await DemoActors.UnitIdAsync(Db, "VPUBND"), await DemoActors.UnitIdAsync(Db, "STC")], ["Bộ Khoa học và Công nghệ"], pdf));
    }

    private async Task<HttpResponseMessage> ActAsync(string user, Guid id, string operation, string? text = null, string? capacity = null)
    {
        var client = await factory.ClientAsync(user);
        await using var db = await Db.CreateDbContextAsync();
        var version = await db.OutgoingDocuments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
        return await client.Http.PostAsJsonAsync($"/api/outgoing/{id}/actions/{operation}", new { version, text, capacity });
    }

    [Fact]
    public async Task FromDraftToIssue_ThroughTheApi_EachStepOnlyByItsPerson_AndTheReceivingClerkIsToldLive()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await DraftAsync($"Về việc thử liên thông {tag}");
        var clerk = await factory.ClientAsync("vp.vanthu");
        var arrivals = System.Threading.Channels.Channel.CreateUnbounded<NotificationMessage>();
        await using var hub = HubConnections.ForPerson(factory.Server, clerk);
        hub.On<NotificationMessage>("notification", n => arrivals.Writer.TryWrite(n));
        await hub.StartAsync();

        // Before it is submitted only the drafter knows it: another department and the head get "not found".
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("khcn.lanhdao")).Http.GetAsync($"/api/outgoing/{id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ActAsync("tc.lanhdao", id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("khcn.chuyenvien", id, "Submit")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await ActAsync("khcn.chuyenvien", id, "ApproveContent")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("khcn.lanhdao", id, "ApproveContent", "Đồng ý.")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("khcn.vanthu", id, "ApproveFormat")).StatusCode);
        var noCapacity = await ActAsync("khcn.lanhdao", id, "Sign", capacity: "TUQ");
        Assert.Equal(HttpStatusCode.BadRequest, noCapacity.StatusCode);
        Assert.Contains("giấy ủy quyền", (await noCapacity.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.OK, (await ActAsync("khcn.lanhdao", id, "Sign", capacity: "Direct")).StatusCode);
        var issue = await ActAsync("khcn.vanthu", id, "Issue");
        Assert.Equal(HttpStatusCode.OK, issue.StatusCode);
        var symbol = (await issue.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("numberSymbol").GetString();
        Assert.EndsWith("/SKHCN", symbol);

        var told = await arrivals.Reader.ReadAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        Assert.Equal(NotificationKinds.DocumentArrived, told.Kind);
        var queue = await clerk.Http.GetFromJsonAsync<JsonElement>($"/api/documents?tab=Queue&q={tag}");
        var copy = Assert.Single(queue.GetProperty("items").EnumerateArray());
        Assert.Equal(symbol, copy.GetProperty("numberSymbol").GetString());
        Assert.Equal($"/documents/{copy.GetProperty("id").GetGuid()}", told.Link);

        var sent = await (await factory.ClientAsync("khcn.chuyenvien")).Http.GetFromJsonAsync<JsonElement>($"/api/outgoing/{id}");
        Assert.Equal(["Received", "Received", "Recorded"], sent.GetProperty("recipients").EnumerateArray().Select(r => r.GetProperty("status").GetString()).Order());
        Assert.Equal(5, sent.GetProperty("steps").GetArrayLength());
    }

    [Fact]
    public async Task ThePackage_TheRegister_AndTheExport_AreServedToThoseWhoMaySee_InTheFormatsClerksUse()
    {
        var tag = Guid.NewGuid().ToString("N")[..6];
        var id = await DraftAsync($"Về việc in sổ văn bản đi {tag}");
        foreach (var (user, op) in new[] { ("khcn.chuyenvien", "Submit"), ("khcn.lanhdao", "ApproveContent"), ("khcn.vanthu", "ApproveFormat"), ("khcn.lanhdao", "Sign"), ("khcn.vanthu", "Issue") })
        {
            (await ActAsync(user, id, op, capacity: "Direct")).EnsureSuccessStatusCode();
        }

        var clerk = await factory.ClientAsync("khcn.vanthu");
        var package = await clerk.Http.GetAsync($"/outgoing/{id}/edxml");
        Assert.Equal("application/xml", package.Content.Headers.ContentType?.MediaType);
        var read = Edxml.Read(await package.Content.ReadAsStreamAsync());
        Assert.Equal($"Về việc in sổ văn bản đi {tag}", read.Subject);
        Assert.Equal(HttpStatusCode.NotFound, (await (await factory.ClientAsync("tc.vanthu")).Http.GetAsync($"/outgoing/{id}/edxml")).StatusCode);

        var register = await clerk.Http.GetByteArrayAsync("/outgoing/so-di.pdf");
        using (var pdf = UglyToad.PdfPig.PdfDocument.Open(register))
        {
            var text = string.Join("\n", pdf.GetPages().Select(p => string.Join(" ", p.GetWords().Select(w => w.Text))));
            Assert.Contains("SỔ ĐĂNG KÝ VĂN BẢN ĐI", text);
            Assert.Contains(tag, text);
            Assert.True(pdf.GetPage(1).Width > pdf.GetPage(1).Height);
            if (Environment.GetEnvironmentVariable("HW_SCREENSHOTS") is { } folder)
            {
                Directory.CreateDirectory(folder);
                await File.WriteAllBytesAsync(Path.Combine(folder, "outgoing-register.pdf"), register);
            }
        }

        Assert.Equal(10, Web.Reports.OutgoingRegisterPdf.Columns.Length);
        var export = await clerk.Http.GetByteArrayAsync($"/outgoing/so-di.xlsx");
        using var sheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(export), false);
        var cells = string.Join(" ", sheet.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "", sheet.WorkbookPart.WorksheetParts.Single().Worksheet.InnerText);
        Assert.Contains(tag, cells);
        var other = await (await factory.ClientAsync("tc.vanthu")).Http.GetByteArrayAsync("/outgoing/export.xlsx?tab=All");
        using var otherSheet = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(new MemoryStream(other), false);
        Assert.DoesNotContain(tag, string.Join(" ", otherSheet.WorkbookPart!.SharedStringTablePart?.SharedStringTable.InnerText ?? "", otherSheet.WorkbookPart.WorksheetParts.Single().Worksheet.InnerText));
    }

    [Theory]
    [InlineData("khcn.chuyenvien", true)]
    [InlineData("khcn.lanhdao", true)]
    [InlineData("khcn.vanthu", true)]
    [InlineData("khcn.dulieu", false)]
    [InlineData("chutich", false)]
    [InlineData("tc.vanthu", false)]
    [InlineData("vnpt.khaithac", false)]
    public async Task ASecretIssuedDocument_IsOnlyReachableByItsChain(string user, bool sees)
    {
        var id = await DraftAsync("Báo cáo mật về an toàn thông tin", DocumentConfidentiality.Mat);
        foreach (var (who, op) in new[] { ("khcn.chuyenvien", "Submit"), ("khcn.lanhdao", "ApproveContent"), ("khcn.vanthu", "ApproveFormat"), ("khcn.lanhdao", "Sign"), ("khcn.vanthu", "Issue") })
        {
            (await ActAsync(who, id, op, capacity: "Direct")).EnsureSuccessStatusCode();
        }

        var client = await factory.ClientAsync(user);
        var api = await client.Http.GetAsync($"/api/outgoing/{id}");
        Assert.Equal(sees ? HttpStatusCode.OK : user == "vnpt.khaithac" ? HttpStatusCode.Forbidden : HttpStatusCode.NotFound, api.StatusCode);
        if (user != "vnpt.khaithac")
        {
            var page = await client.Http.GetStringAsync($"/outgoing/{id}");
            Assert.Equal(sees, !page.Contains("Không tìm thấy văn bản đi"));
        }
    }

    [Fact]
    public async Task AuthorisationsByApi_AreTheLeadersOwn_AndARevokeOfSomeoneElsesIsNotFound()
    {
        var leader = await factory.ClientAsync("chutich");
        var given = await leader.Http.PostAsJsonAsync("/api/outgoing/authorisations", new
        {
            kind = "Deputy", delegateId = await DemoActors.UserIdAsync(Db, "phochutich"), from = TaskApi.Today.ToString("yyyy-MM-dd"), to = TaskApi.Today.AddDays(5).ToString("yyyy-MM-dd"),
        });
        Assert.Equal(HttpStatusCode.OK, given.StatusCode);
        var id = (await given.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        var specialist = await factory.ClientAsync("khcn.chuyenvien");
        Assert.Equal(HttpStatusCode.Forbidden, (await specialist.Http.PostAsJsonAsync("/api/outgoing/authorisations", new
        {
            kind = "Deputy", delegateId = await DemoActors.UserIdAsync(Db, "khcn.dulieu"), from = TaskApi.Today.ToString("yyyy-MM-dd"), to = TaskApi.Today.AddDays(5).ToString("yyyy-MM-dd"),
        })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.Http.PostAsJsonAsync($"/api/outgoing/authorisations/{id}/revoke", new { })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await leader.Http.PostAsJsonAsync($"/api/outgoing/authorisations/{id}/revoke", new { })).StatusCode);
    }
}
