using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace HueWorkspace.Tests.Integration.Security;

/// <summary>
/// A corpus of hostile and careless values sent through every write endpoint of every module: each answer is a 4xx
/// or a success that stored only harmless text, never a 5xx; and afterwards every list, export and slip still answers.
/// A new write endpoint must join <see cref="Cases"/> (the first test fails until it does).
/// </summary>
public sealed class CorpusTests(CorpusTests.Factory factory) : IClassFixture<CorpusTests.Factory>
{
    public sealed class Factory : SignedInFactory;

    /// <summary>Texts a careless paste or an attacker would send.</summary>
    public static readonly string[] Texts =
    [
        "\u0000", "Chuông\u0007 ESC\u001B[31m đỏ", "bao-cao\u202Efdp.txt", "\u2066ẩn\u2069", "Quyết định".Normalize(NormalizationForm.FormD),
        "<script>alert(1)</script>", "' OR 1=1 --", "=HYPERLINK(\"http://evil.example\",\"x\")", "![](https://evil.example/t.png)",
        "\ud83d\ude00 biểu tượng", new string('x', 20_000), "   ", "",
    ];

    /// <summary>Raw JSON values for fields that are not text.</summary>
    public static readonly string[] Values =
    [
        "null", "99", "-1", "2147483648", "1e400", "\"Bogus\"", "\"99\"", "true", "[]", "{}", "\"9999-12-31\"", "\"0001-01-01\"",
        "\"2026-02-30\"", "\"00000000-0000-0000-0000-000000000000\"", "\"không-phải-guid\"",
    ];

    /// <summary>Bodies that are not what any endpoint expects.</summary>
    public static readonly string[] Bodies = ["", "{", "null", "[]", "\"x\"", "{\"a\":" + new string('[', 3000)];

    /// <summary>One write endpoint: who calls it, a valid body, which of its fields hold text, and where to send it.</summary>
    private sealed record Case(string Route, string User, Func<Task<string>> Path, Func<Task<JsonObject>> Body, string[] TextFields, string Method = "POST");

    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private Task<Guid> UnitAsync(string code) => DemoActors.UnitIdAsync(Db, code);

    private Guid _task;

    private async Task<Guid> TaskAsync()
    {
        if (_task == Guid.Empty)
        {
            var leader = await factory.ClientAsync("chutich");
            _task = await leader.CreateAsync(await UnitAsync("SKHCN"), "Việc để thử bộ dữ liệu xấu", await UnitAsync("STC"));
        }

        return _task;
    }

    private async Task<Guid> VersionAsync()
    {
        var leader = await factory.ClientAsync("chutich");
        return (await leader.GetTaskAsync(await TaskAsync())).Version;
    }

    private Guid _document;

    /// <summary>An incoming document registered by the People's Committee office, as its clerk would.</summary>
    private async Task<Guid> DocumentAsync()
    {
        if (_document == Guid.Empty)
        {
            var services = factory.Services;
            var clerk = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "vp.vanthu") };
            var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(),
                services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), clerk);
            var pdf = await files.StageAsync("cv.pdf", null, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")));
            var tasks = new HueWorkspace.Domain.Tasks.TaskService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, clerk, services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>(), TimeProvider.System), files, []);
            var service = new HueWorkspace.Domain.Documents.IncomingService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, clerk, services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>(), TimeProvider.System), files, tasks);
            _document = (await service.RegisterAsync(new HueWorkspace.Domain.Documents.RegisterIncoming(TaskApi.Today, "Bộ Nội vụ", "55/BNV-VP", TaskApi.Today.AddDays(-1),
                HueWorkspace.Domain.Documents.DocumentType.CongVan, "Văn bản để thử bộ dữ liệu xấu", HueWorkspace.Domain.Documents.DocumentUrgency.Thuong,
                HueWorkspace.Domain.Documents.DocumentConfidentiality.Thuong, null, pdf))).Id;
        }

        return _document;
    }

    private async Task<Guid> DocumentVersionAsync()
    {
        var id = await DocumentAsync();
        await using var db = await Db.CreateDbContextAsync();
        return await db.IncomingDocuments.Where(d => d.Id == id).Select(d => d.Version).SingleAsync();
    }

    private Guid _outgoing;

    /// <summary>A letter of Sở KH&amp;CN submitted to its head (khcn.lanhdao), as its specialist would.</summary>
    private async Task<Guid> OutgoingAsync()
    {
        if (_outgoing == Guid.Empty)
        {
            var services = factory.Services;
            var drafter = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "khcn.chuyenvien") };
            var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(),
                services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), drafter);
            var pdf = await files.StageAsync("du-thao.pdf", null, new MemoryStream(Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n")));
            var service = new HueWorkspace.Domain.Documents.OutgoingService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, drafter, services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>(), TimeProvider.System), files);
            _outgoing = await service.DraftAsync(new HueWorkspace.Domain.Documents.DraftOutgoing(await UnitAsync("SKHCN"), HueWorkspace.Domain.Documents.DocumentType.CongVan,
                "Dự thảo để thử bộ dữ liệu xấu", HueWorkspace.Domain.Documents.DocumentUrgency.Thuong, HueWorkspace.Domain.Documents.DocumentConfidentiality.Thuong,
                await DemoActors.UserIdAsync(Db, "khcn.lanhdao"), [await UnitAsync("STC")], [], pdf));
            await service.SubmitAsync(_outgoing, await OutgoingVersionAsync());
        }

        return _outgoing;
    }

    private async Task<Guid> OutgoingVersionAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.OutgoingDocuments.Where(d => d.Id == _outgoing).Select(d => d.Version).SingleAsync();
    }

    private Guid _dataset;
    private Guid _council;

    /// <summary>A dataset of Sở Y tế registered by its data officer, and a council on it opened by the platform authority.</summary>
    private async Task<(Guid Dataset, Guid Council)> CouncilAsync()
    {
        if (_council == Guid.Empty)
        {
            var services = factory.Services;
            var publisher = services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>();
            var owner = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "yt.dulieu") };
            var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(),
                services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), owner);
            var datasets = HueWorkspace.Tests.Builders.TestWorkflow.Datasets(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, owner, publisher, TimeProvider.System), files);
            _dataset = await datasets.CreateAsync(new HueWorkspace.Domain.Datasets.DatasetInput("Bộ dữ liệu để thử bộ dữ liệu xấu", "Mô tả", HueWorkspace.Domain.Datasets.DatasetType.SectorData,
                [new("Trường", HueWorkspace.Domain.Datasets.FieldType.Text, null, false)], [], null, HueWorkspace.Domain.Datasets.UpdateFrequency.Monthly, "Phòng", false, false, null, null));
            await datasets.RegisterAsync(_dataset, await DatasetVersionAsync());
            var organiser = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "khcn.dulieu") };
            var councils = new HueWorkspace.Domain.Datasets.CouncilService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, organiser, publisher, TimeProvider.System), new HueWorkspace.Domain.Datasets.DatasetOptions());
            _council = await councils.OpenAsync(_dataset, await DatasetVersionAsync(), TaskApi.Today,
                [await DemoActors.UserIdAsync(Db, "vp.lanhdao"), await DemoActors.UserIdAsync(Db, "khcn.lanhdao"), await DemoActors.UserIdAsync(Db, "yt.dulieu")],
                await DemoActors.UserIdAsync(Db, "khcn.lanhdao"));
        }

        return (_dataset, _council);
    }

    private async Task<Guid> DatasetVersionAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.Datasets.Where(d => d.Id == _dataset).Select(d => d.Version).SingleAsync();
    }

    private Guid _request;

    /// <summary>A request of the People's Committee's IOC to Sở Y tế for data not yet catalogued, sent.</summary>
    private async Task<Guid> RequestAsync()
    {
        if (_request == Guid.Empty)
        {
            var services = factory.Services;
            var requester = new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, "ioc.chuyenvien") };
            var files = new HueWorkspace.Domain.Files.FileService(services.GetRequiredService<HueWorkspace.Domain.Files.IFileStore>(),
                services.GetRequiredService<HueWorkspace.Domain.Files.FileStoreOptions>(), requester);
            var requests = HueWorkspace.Tests.Builders.TestWorkflow.Requests(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, requester, services.GetRequiredService<HueWorkspace.Domain.Notifications.INotificationPublisher>(), TimeProvider.System), files);
            _request = await requests.SaveDraftAsync(null, null, RequestForm(await UnitAsync("SYT")));
            await requests.SubmitAsync(_request, await RequestVersionAsync(_request));
        }

        return _request;
    }

    private static HueWorkspace.Domain.DataRequests.RequestForm RequestForm(Guid owner) => new("Người liên hệ", null, null, "Danh sách trạm y tế", owner, "Tên, địa chỉ", "Điều hành",
        "QĐ 41/2024", HueWorkspace.Domain.DataRequests.RequestMethod.File, HueWorkspace.Domain.DataRequests.RequestFrequency.Once, TaskApi.Today, TaskApi.Today.AddMonths(1), false, true);

    private async Task<Guid> RequestVersionAsync(Guid id)
    {
        await using var db = await Db.CreateDbContextAsync();
        return await db.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    private async Task<JsonObject> RequestFormJsonAsync() => new()
    {
        ["contactName"] = "Người liên hệ",
        ["contactDetails"] = "0234 3822 000",
        ["datasetIds"] = new JsonArray(),
        ["uncataloguedDescription"] = "Danh sách trạm y tế",
        ["ownerUnitId"] = await UnitAsync("SYT"),
        ["dataItems"] = "Tên, địa chỉ",
        ["purpose"] = "Điều hành",
        ["legalBasis"] = "QĐ 41/2024",
        ["method"] = "File",
        ["frequency"] = "Once",
        ["from"] = TaskApi.Today.ToString("yyyy-MM-dd"),
        ["to"] = TaskApi.Today.AddMonths(1).ToString("yyyy-MM-dd"),
        ["personalData"] = false,
        ["dutiesAccepted"] = true,
    };

    private Guid _draft;

    private IEnumerable<Case> Cases()
    {
        string[] formTexts = ["contactName", "contactDetails", "uncataloguedDescription", "dataItems", "purpose", "legalBasis"];
        yield return new("POST /api/data-requests", "ioc.chuyenvien", () => Task.FromResult("/api/data-requests"), RequestFormJsonAsync, formTexts);
        yield return new("PUT /api/data-requests/{id:guid}", "ioc.chuyenvien", async () =>
        {
            if (_draft == Guid.Empty)
            {
                var client = await factory.ClientAsync("ioc.chuyenvien");
                var created = await client.Http.PostAsJsonAsync("/api/data-requests", RequestForm(await UnitAsync("SYT")));
                _draft = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
            }

            return $"/api/data-requests/{_draft}?version={await RequestVersionAsync(_draft)}";
        }, RequestFormJsonAsync, formTexts, "PUT");
        foreach (var operation in new[] { "Comment", "AskQuestion", "Approve", "Transfer", "Provide", "Refuse", "Xyz" })
        {
            yield return new("POST /api/data-requests/{id:guid}/actions/{operation}", "yt.dulieu",
                async () => $"/api/data-requests/{await RequestAsync()}/actions/{operation}", async () => new JsonObject
                {
                    ["version"] = await RequestVersionAsync(await RequestAsync()),
                    ["text"] = "Ý kiến",
                    ["agreement"] = new JsonObject
                    {
                        ["from"] = TaskApi.Today.ToString("yyyy-MM-dd"), ["to"] = TaskApi.Today.AddMonths(1).ToString("yyyy-MM-dd"), ["placeOfUse"] = "IOC", ["processing"] = "Xử lý",
                        ["conditions"] = null, ["security"] = "An toàn", ["storage"] = "Lưu trữ", ["deletion"] = "Xóa",
                    },
                    ["unitId"] = await UnitAsync("STC"),
                    ["itemId"] = Guid.NewGuid(),
                    ["consent"] = true,
                    ["party"] = "Bên thứ ba",
                }, ["text", "party"]);
        }

        yield return new("POST /api/councils/{id:guid}/checks", "vp.lanhdao", async () => $"/api/councils/{(await CouncilAsync()).Council}/checks", () => Task.FromResult(new JsonObject
        {
            ["criterion"] = "OneOwner",
            ["verdict"] = "Met",
            ["note"] = "Ghi chú",
        }), ["note"]);
        yield return new("POST /api/councils/{id:guid}/vote", "vp.lanhdao", async () => $"/api/councils/{(await CouncilAsync()).Council}/vote", () => Task.FromResult(new JsonObject
        {
            ["vote"] = "Disagree",
            ["reason"] = "Lý do",
        }), ["reason"]);
        yield return new("POST /api/councils/{id:guid}/close", "khcn.lanhdao", async () => $"/api/councils/{(await CouncilAsync()).Council}/close",
            () => Task.FromResult(new JsonObject()), []);
        yield return new("POST /api/datasets/{id:guid}/councils", "khcn.dulieu", async () => $"/api/datasets/{(await CouncilAsync()).Dataset}/councils", async () => new JsonObject
        {
            ["datasetVersion"] = await DatasetVersionAsync(),
            ["meetingDate"] = TaskApi.Today.ToString("yyyy-MM-dd"),
            ["memberIds"] = new JsonArray(await DemoActors.UserIdAsync(Db, "vp.lanhdao"), await DemoActors.UserIdAsync(Db, "khcn.lanhdao")),
            ["chairId"] = await DemoActors.UserIdAsync(Db, "khcn.lanhdao"),
        }, []);

        foreach (var operation in new[] { "Return", "Sign", "Recall", "Revise", "Xyz" })
        {
            yield return new("POST /api/outgoing/{id:guid}/actions/{operation}", "khcn.lanhdao",
                async () => $"/api/outgoing/{await OutgoingAsync()}/actions/{operation}", async () => new JsonObject
                {
                    ["version"] = await OutgoingVersionAsync(),
                    ["text"] = "Ý kiến",
                    ["capacity"] = "Direct",
                }, ["text"]);
        }

        yield return new("POST /api/outgoing/authorisations", "chutich", () => Task.FromResult("/api/outgoing/authorisations"), async () => new JsonObject
        {
            ["kind"] = "Authorisation",
            ["delegateId"] = await DemoActors.UserIdAsync(Db, "vp.lanhdao"),
            ["from"] = TaskApi.Today.ToString("yyyy-MM-dd"),
            ["to"] = TaskApi.Today.AddDays(30).ToString("yyyy-MM-dd"),
            ["reference"] = "05/GUQ-UBND",
            ["scope"] = "Văn bản đôn đốc",
        }, ["reference", "scope"]);
        yield return new("POST /api/outgoing/authorisations/{id:guid}/revoke", "chutich",
            () => Task.FromResult($"/api/outgoing/authorisations/{Guid.NewGuid()}/revoke"), () => Task.FromResult(new JsonObject()), []);

        yield return new("POST /api/tasks", "chutich", () => Task.FromResult("/api/tasks"), async () => new JsonObject
        {
            ["title"] = "Việc mẫu",
            ["description"] = "Nội dung",
            ["priority"] = "High",
            ["source"] = "Meeting",
            ["sourceReference"] = "Họp giao ban",
            ["lead"] = new JsonObject { ["unitId"] = await UnitAsync("SKHCN"), ["dueDate"] = TaskApi.Today.AddDays(10).ToString("yyyy-MM-dd") },
            ["coordinators"] = new JsonArray(new JsonObject { ["unitId"] = await UnitAsync("STC"), ["dueDate"] = TaskApi.Today.AddDays(8).ToString("yyyy-MM-dd") }),
        }, ["title", "description", "sourceReference"]);

        foreach (var operation in new[] { "Comment", "Report", "RequestExtension", "Return", "Xyz", "99" })
        {
            yield return new($"POST /api/tasks/{{id:guid}}/actions/{{operation}}", "chutich",
                async () => $"/api/tasks/{await TaskAsync()}/actions/{operation}", async () => new JsonObject
                {
                    ["version"] = await VersionAsync(),
                    ["text"] = "Ý kiến",
                    ["percent"] = 10,
                    ["dueDate"] = TaskApi.Today.AddDays(20).ToString("yyyy-MM-dd"),
                    ["unitId"] = await UnitAsync("SKHCN"),
                    ["approve"] = true,
                }, ["text"]);
        }

        foreach (var (operation, user) in new[] { ("Present", "vp.vanthu"), ("Return", "vp.vanthu"), ("Direct", "chutich"), ("View", "vp.vanthu"), ("99", "vp.vanthu") })
        {
            yield return new("POST /api/documents/{id:guid}/actions/{operation}", user,
                async () => $"/api/documents/{await DocumentAsync()}/actions/{operation}", async () => new JsonObject
                {
                    ["version"] = await DocumentVersionAsync(),
                    ["leaderId"] = await DemoActors.UserIdAsync(Db, "chutich"),
                    ["text"] = "Ý kiến",
                    ["lead"] = new JsonObject { ["unitId"] = await UnitAsync("SKHCN"), ["dueDate"] = TaskApi.Today.AddDays(10).ToString("yyyy-MM-dd") },
                    ["coordinators"] = new JsonArray(),
                    ["priority"] = "Normal",
                }, ["text"]);
        }

        yield return new("POST /api/announcements", "chutich", () => Task.FromResult("/api/announcements"), async () => new JsonObject
        {
            ["title"] = "Thông báo mẫu",
            ["body"] = "Nội dung",
            ["targetUnitId"] = await UnitAsync("STC"),
            ["includeSubunits"] = false,
            ["personIds"] = new JsonArray(),
        }, ["title", "body"]);

        yield return new("POST /api/notifications/{id:guid}/read", "tc.lanhdao",
            () => Task.FromResult($"/api/notifications/{Guid.NewGuid()}/read"), () => Task.FromResult(new JsonObject()), []);
        yield return new("POST /api/notifications/read-all", "tc.lanhdao",
            () => Task.FromResult("/api/notifications/read-all"), () => Task.FromResult(new JsonObject()), []);
    }

    /// <summary>Writes that are not the product's API, each with the reason it is outside the corpus.</summary>
    private static readonly Dictionary<string, string> Elsewhere = new()
    {
        ["POST /account/signout"] = "antiforgery token required; covered by SignInTests",
        ["GET, POST /connect/authorize"] = "OpenID Connect protocol endpoint of the stand-in provider",
        ["POST /connect/token"] = "OpenID Connect protocol endpoint of the stand-in provider",
        ["GET, POST /connect/endsession"] = "OpenID Connect protocol endpoint; SideDoorTests",
    };

    [Fact]
    public void EveryWriteEndpoint_IsInTheCorpus_OrSaysWhyNot()
    {
        var writes = WriteEndpoints()
            .Where(e => !e.IsPage)
            .Select(e => $"{string.Join(", ", e.Methods.Order())} {e.Route}")
            .ToHashSet();
        var known = Cases().Select(c => c.Route).Concat(Elsewhere.Keys).ToHashSet();
        var missing = writes.Except(known).Order().ToList();
        Assert.True(missing.Count == 0, "Add these write endpoints to the corpus: " + string.Join("; ", missing));
    }

    /// <summary>Pages post their forms (static rendering); Blazor refuses a post without its antiforgery token.</summary>
    [Fact]
    public async Task APostToAnyPage_WithoutTheFormsAntiforgeryToken_ChangesNothing()
    {
        var pages = WriteEndpoints().Where(e => e.IsPage).Select(e => e.Route.Replace("{Id:guid}", Guid.NewGuid().ToString(), StringComparison.Ordinal)).ToList();
        Assert.Contains("/tasks/new", pages);
        var client = await factory.ClientAsync("chutich");
        foreach (var page in pages)
        {
            var response = await client.Http.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string> { ["_handler"] = "x", ["Title"] = "\u0000" }));
            var refusedForRole = response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/access-denied", StringComparison.Ordinal);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest || refusedForRole, $"POST {page}: {(int)response.StatusCode}");
        }
    }

    private List<(string[] Methods, string Route, bool IsPage)> WriteEndpoints() =>
        factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Select(e => (
                Methods: (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).ToArray(),
                Route: "/" + e.RoutePattern.RawText!.Trim('/'),
                IsPage: e.Metadata.GetMetadata<Microsoft.AspNetCore.Components.Endpoints.ComponentTypeMetadata>() is not null))
            .Where(e => e.Methods.Any(m => m is "POST" or "PUT" or "PATCH" or "DELETE"))
            .Where(e => !e.Route.StartsWith("/_blazor", StringComparison.Ordinal) && !e.Route.StartsWith("/hubs", StringComparison.Ordinal))
            .ToList();

    [Fact]
    public async Task EveryValue_ThroughEveryWriteEndpoint_IsRefusedOrStoredHarmless_AndThePagesStillAnswer()
    {
        var answers = new List<string>();
        foreach (var c in Cases())
        {
            var client = await factory.ClientAsync(c.User);
            async Task SendAsync(string body, string what)
            {
                var response = await client.Http.SendAsync(new HttpRequestMessage(new HttpMethod(c.Method), await c.Path()) { Content = new StringContent(body, Encoding.UTF8, "application/json") });
                var status = (int)response.StatusCode;
                Assert.True(status < 500, $"{c.Route} with {what}: {status} {await response.Content.ReadAsStringAsync()}");
                if (status >= 400)
                {
                    await BadRequestTests.AssertVietnameseProblemAsync(response, response.StatusCode);
                }

                answers.Add($"{status}");
            }

            foreach (var body in Bodies)
            {
                await SendAsync(body, $"body {body[..Math.Min(body.Length, 20)]}");
            }

            var valid = await c.Body();
            foreach (var field in valid.Select(p => p.Key).ToList())
            {
                var values = c.TextFields.Contains(field)
                    ? Texts.Select(t => JsonValue.Create(t).ToJsonString()).Append("null").Append("123")
                    : Values;
                foreach (var value in values)
                {
                    var body = (await c.Body());
                    body[field] = JsonNode.Parse(value);
                    await SendAsync(body.ToJsonString(), $"{field} = {value[..Math.Min(value.Length, 30)]}");
                }
            }
        }

        Assert.Contains("201", answers); // some values are harmless and were stored

        await AssertNothingHarmfulStoredAsync();
        await AssertPagesAnswerAsync();
    }

    private async Task AssertNothingHarmfulStoredAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        var texts = (await db.Tasks.Select(t => new[] { t.Title, t.Description, t.SourceReference }).ToListAsync()).SelectMany(t => t)
            .Concat(await db.TaskEvents.Select(e => e.Text).ToListAsync())
            .Concat((await db.Announcements.Select(a => new[] { a.Title, a.Body }).ToListAsync()).SelectMany(a => a))
            .Concat((await db.Notifications.Select(n => n.TitleArgs).ToListAsync()).SelectMany(a => a))
            .Concat((await db.IncomingDocuments.Select(d => new[] { d.DirectionText, d.ReturnReason, d.Excerpt }).ToListAsync()).SelectMany(a => a))
            .Concat(await db.OutgoingSteps.Select(x => x.Text).ToListAsync())
            .Concat(await db.CouncilChecks.Select(x => x.Note).ToListAsync())
            .Concat(await db.CouncilVotes.Select(x => x.Reason).ToListAsync())
            .Concat((await db.DataRequests.Select(r => new[] { r.ContactName, r.ContactDetails, r.UncataloguedDescription, r.DataItems, r.Purpose, r.LegalBasis }).ToListAsync()).SelectMany(a => a))
            .Concat(await db.DataRequestEvents.Select(x => x.Text).ToListAsync())
            .Concat((await db.SigningAuthorisations.Select(a => new[] { a.Reference, a.Scope }).ToListAsync()).SelectMany(a => a))
            .OfType<string>().ToList();
        Assert.NotEmpty(texts);
        Assert.All(texts, t =>
        {
            Assert.False(CleanText.HasForbidden(t.Replace("\n", "", StringComparison.Ordinal).Replace("\t", "", StringComparison.Ordinal)), $"stored: {t[..Math.Min(t.Length, 60)]}");
            Assert.True(t.IsNormalized(NormalizationForm.FormC), $"not NFC: {t[..Math.Min(t.Length, 60)]}");
        });
        Assert.Contains(await db.Tasks.Select(t => t.Title).ToListAsync(), t => t == "Quyết định");
    }

    private async Task AssertPagesAnswerAsync()
    {
        await using var db = await Db.CreateDbContextAsync();
        var ids = await db.Tasks.OrderByDescending(t => t.CreatedAtUtc).Select(t => t.Id).Take(20).ToListAsync();
        foreach (var user in new[] { "chutich", "khcn.lanhdao", "tc.lanhdao" })
        {
            var client = await factory.ClientAsync(user);
            var paths = new List<string> { "/", "/tasks?tab=All", "/api/tasks?tab=All", "/tasks/export.xlsx?tab=All", "/announcements", "/api/announcements", "/notifications", "/api/notifications",
                "/documents", "/api/documents", "/documents/export.xlsx", "/documents/so-den.pdf", "/outgoing", "/api/outgoing", "/outgoing/export.xlsx", "/outgoing/so-di.pdf",
                "/outgoing/authorisations", "/datasets", "/api/datasets", "/councils", "/open-data", "/open-data/catalogue", "/data-requests", "/api/data-requests",
                "/data-requests/log", "/data-requests/log.xlsx" };
            if (user == "khcn.lanhdao")
            {
                paths.AddRange([$"/outgoing/{_outgoing}", $"/api/outgoing/{_outgoing}"]);
            }

            if (user == "chutich")
            {
                paths.AddRange(ids.SelectMany(id => new[] { $"/tasks/{id}", $"/api/tasks/{id}", $"/tasks/{id}/phieu-giao-viec.pdf" }));
                paths.AddRange([$"/documents/{_document}", $"/api/documents/{_document}", $"/documents/{_document}/phieu-giai-quyet.pdf"]);
            }

            foreach (var path in paths)
            {
                var response = await client.Http.GetAsync(path);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} for {user}: {(int)response.StatusCode}");
            }
        }
    }
}
