using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Files;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Persistence;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Integration.Authorization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using UglyToad.PdfPig;

namespace HueWorkspace.Tests.Integration.Tasks;

/// <summary>Every task action through the HTTP pipeline: sign-in, authorization, the service, problem details.</summary>
public sealed class TaskEndpointTests(AuthorizationMatrixTests.Factory factory) : IClassFixture<AuthorizationMatrixTests.Factory>
{
    private IDbContextFactory<WorkspaceDbContext> Db => factory.Services.GetRequiredService<IDbContextFactory<WorkspaceDbContext>>();

    private Task<Guid> UnitAsync(string code) => DemoActors.UnitIdAsync(Db, code);

    private async Task<Guid> NewTaskAsync(string title, bool withCoordinator = true)
    {
        var leader = await factory.ClientAsync("chutich");
        return await leader.CreateAsync(await UnitAsync("SKHCN"), title, withCoordinator ? await UnitAsync("STC") : null);
    }

    private async Task<TaskApi.TaskDto> ActOkAsync(string user, Guid id, string operation, object? fields = null)
    {
        var client = await factory.ClientAsync(user);
        var before = await client.GetTaskAsync(id);
        var response = await client.ActAsync(id, operation, before.Version, fields);
        Assert.True(response.IsSuccessStatusCode, $"{operation} by {user}: {response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<TaskApi.TaskDto>(TaskApi.Json))!;
    }

    [Fact]
    public async Task EveryStepOfTheWorkflow_WorksThroughTheApi()
    {
        var id = await NewTaskAsync("Khảo sát hạ tầng mạng các phường");
        var handler = await DemoActors.UserIdAsync(Db, "khcn.chuyenvien");
        var assigned = await ActOkAsync("khcn.lanhdao", id, "AssignHandler",
            new { unitId = await UnitAsync("SKHCN"), handlerId = handler, dueDate = TaskApi.Today.AddDays(8) });
        Assert.Contains(TaskOperation.AssignHandler, assigned.Allowed);

        Assert.Equal(TaskState.InProgress, (await ActOkAsync("khcn.chuyenvien", id, "Start")).State);
        Assert.Equal(35, (await ActOkAsync("khcn.chuyenvien", id, "Report", new { percent = 35, text = "Đã khảo sát 3 phường" })).Percent);
        var specialist = await factory.ClientAsync("khcn.chuyenvien");
        var subtask = await specialist.Http.PostAsJsonAsync("/api/tasks", new
        {
            title = "Khảo sát phường Vỹ Dạ",
            priority = "Normal",
            parentId = id,
            lead = new { unitId = await UnitAsync("SKHCN"), dueDate = TaskApi.Today.AddDays(5) },
        });
        Assert.Equal(HttpStatusCode.Created, subtask.StatusCode);
        await ActOkAsync("tc.lanhdao", id, "Comment", new { text = "Sở Tài chính đề nghị @khcn.chuyenvien gửi dự toán." });
        var extension = await ActOkAsync("khcn.lanhdao", id, "RequestExtension", new { dueDate = TaskApi.Today.AddDays(15), text = "Chờ số liệu VNPT" });
        Assert.DoesNotContain(TaskOperation.RequestExtension, extension.Allowed); // one request at a time
        Assert.Equal(TaskApi.Today.AddDays(15), (await ActOkAsync("chutich", id, "DecideExtension", new { approve = true })).DueDate);
        Assert.Equal(TaskState.AwaitingReview, (await ActOkAsync("khcn.chuyenvien", id, "Submit", new { text = "Báo cáo khảo sát" })).State);
        var returned = await ActOkAsync("chutich", id, "Return", new { text = "Thiếu phường Vỹ Dạ" });
        Assert.Equal((TaskState.Returned, "Thiếu phường Vỹ Dạ"), (returned.State, returned.StateReason));
        await ActOkAsync("khcn.chuyenvien", id, "Submit", new { text = "Đã bổ sung" });
        Assert.Equal(TaskState.Completed, (await ActOkAsync("chutich", id, "Approve", new { text = "Tốt" })).State);

        var other = await NewTaskAsync("Rà soát thiết bị cũ", withCoordinator: false);
        Assert.Equal(TaskState.Paused, (await ActOkAsync("chutich", other, "Pause", new { text = "Chờ kinh phí" })).State);
        Assert.Equal(TaskState.New, (await ActOkAsync("chutich", other, "Resume")).State);
        Assert.Equal(TaskState.Cancelled, (await ActOkAsync("chutich", other, "Cancel", new { text = "Đã giao tại văn bản khác" })).State);

        await using var db = await Db.CreateDbContextAsync();
        var kinds = await db.Notifications.Where(n => n.Link == $"/tasks/{id}").Select(n => n.Kind).Distinct().ToListAsync();
        Assert.Superset(new HashSet<string>
        {
            NotificationKinds.TaskAssigned, NotificationKinds.TaskHandlerAssigned, NotificationKinds.TaskReported, NotificationKinds.TaskMentioned,
            NotificationKinds.TaskExtensionRequested, NotificationKinds.TaskExtensionDecided, NotificationKinds.TaskSubmitted,
            NotificationKinds.TaskReturned, NotificationKinds.TaskApproved,
        }, kinds.ToHashSet());
    }

    [Fact]
    public async Task Refusals_AreProblemsInVietnamese_WithTheRightStatus_AndChangeNothing()
    {
        var id = await NewTaskAsync("Chuẩn hóa dữ liệu địa chỉ");
        var leader = await factory.ClientAsync("chutich");
        var version = (await leader.GetTaskAsync(id)).Version;

        var illegal = await leader.ActAsync(id, "Approve", version);
        Assert.Equal(HttpStatusCode.BadRequest, illegal.StatusCode);
        Assert.Contains("Không thể thực hiện", await illegal.Content.ReadAsStringAsync());

        var specialist = await factory.ClientAsync("tc.chuyenvien");
        Assert.Equal(HttpStatusCode.NotFound, (await specialist.ActAsync(id, "Report", version, new { text = "x" })).StatusCode);
        var coordinatorLeader = await factory.ClientAsync("tc.lanhdao");
        var forbidden = await coordinatorLeader.ActAsync(id, "Cancel", version, new { text = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Contains("không có quyền", await forbidden.Content.ReadAsStringAsync());

        await ActOkAsync("chutich", id, "Pause", new { text = "Chờ" });
        var stale = await leader.ActAsync(id, "Cancel", version, new { text = "Hủy theo bản cũ" });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Contains("người khác thay đổi", await stale.Content.ReadAsStringAsync());
        Assert.Equal(TaskState.Paused, (await leader.GetTaskAsync(id)).State);

        var bad = await leader.PostCreateAsync(await UnitAsync("SKHCN"), "", days: -1);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Vui lòng nhập tên công việc", await bad.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("chutich", true)]
    [InlineData("khcn.lanhdao", true)]
    [InlineData("tc.lanhdao", true)]
    [InlineData("tc.chuyenvien", false)]
    [InlineData("yt.dulieu", false)]
    [InlineData("admin", false)]
    public async Task TheDetailPage_ByItsAddress_OpensOnlyForPeopleTheTaskConcerns(string user, bool sees)
    {
        var title = $"Việc riêng của Sở Khoa học {Guid.NewGuid():N}"[..44];
        var id = await NewTaskAsync(title);
        var client = await factory.ClientAsync(user);
        var page = await client.Http.GetStringAsync($"/tasks/{id}");
        var api = await client.Http.GetAsync($"/api/tasks/{id}");
        var pdf = await client.Http.GetAsync($"/tasks/{id}/phieu-giao-viec.pdf");
        if (sees)
        {
            Assert.Contains(title, page);
            Assert.Equal(HttpStatusCode.OK, api.StatusCode);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
            return;
        }

        Assert.DoesNotContain(title, page);
        Assert.Contains(TaskQueries.NotFoundMessage, page);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        var list = await client.Http.GetStringAsync($"/api/tasks?tab=MyUnit&q={Uri.EscapeDataString(title)}");
        Assert.DoesNotContain(id.ToString(), list);
    }

    [Fact]
    public async Task TheSlip_IsAPdfWithTheTasksFactsInVietnamese()
    {
        var id = await NewTaskAsync("Xây dựng kho dữ liệu dùng chung");
        var client = await factory.ClientAsync("khcn.lanhdao");
        var response = await client.Http.GetAsync($"/tasks/{id}/phieu-giao-viec.pdf");
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (Browser.BrowserHost.ScreenshotFolder is { } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "phieu-giao-viec.pdf"), bytes);
        }

        using var pdf = PdfDocument.Open(bytes);
        var text = string.Join(" ", pdf.GetPages().Select(p => p.Text));
        foreach (var expected in new[] { "PHIẾU GIAO VIỆC", "Xây dựng kho dữ liệu dùng chung", "Sở Khoa học và Công nghệ", "Chủ trì", "Sở Tài chính", "Phối hợp", "Lê Minh Tâm", VietnamTime.Format(TaskApi.Today.AddDays(10)) })
        {
            Assert.Contains(expected, text);
        }
    }

    [Fact]
    public async Task TheExport_IsTheFilteredListAsASpreadsheet()
    {
        var marker = Guid.NewGuid().ToString("N")[..6];
        await NewTaskAsync($"Đường truyền xã {marker}");
        await NewTaskAsync($"Đèn chiếu sáng {marker}");
        var client = await factory.ClientAsync("chutich");
        var response = await client.Http.GetAsync($"/tasks/export.xlsx?tab=AssignedByMe&q={Uri.EscapeDataString("duong truyen xa " + marker)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);

        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var xlsx = SpreadsheetDocument.Open(stream, false);
        var rows = xlsx.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>()
            .Select(r => r.Elements<Cell>().Select(c => c.InnerText).ToList()).ToList();
        Assert.Equal("Tên công việc", rows[0][1]);
        var data = Assert.Single(rows.Skip(1));
        Assert.Equal([$"Đường truyền xã {marker}", "Sở Khoa học và Công nghệ"], data.Skip(1).Take(2));
        Assert.Equal("Mới giao", data[7]);

        var outsider = await factory.ClientAsync("yt.dulieu");
        using var empty = new MemoryStream(await outsider.Http.GetByteArrayAsync($"/tasks/export.xlsx?tab=MyUnit&q={marker}"));
        using var none = SpreadsheetDocument.Open(empty, false);
        Assert.Single(none.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>());
    }

    [Fact]
    public async Task Attachments_DownloadForPeopleTheTaskConcerns_AndAreNotFoundForOthers()
    {
        var actor = await DemoActors.ForAsync(Db, "chutich");
        var user = new TestCurrentUser { Actor = actor };
        var files = new FileService(factory.Services.GetRequiredService<IFileStore>(), factory.Services.GetRequiredService<FileStoreOptions>(), user);
        var service = new HueWorkspace.Domain.Tasks.TaskService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, new RecordingPublisher(), TimeProvider.System), files, []);
        byte[] content = [.. "%PDF-1.4\n"u8, .. Enumerable.Range(0, 5000).Select(i => (byte)(i % 251))];
        var staged = await files.StageAsync("Kế hoạch số 12.pdf", content.Length, new MemoryStream(content));
        var id = await service.CreateAsync(new CreateTask("Có tệp đính kèm", null, TaskPriority.Normal,
            new TaskUnitDue(await UnitAsync("SKHCN"), "", TaskApi.Today.AddDays(5)), [],
            Files: [staged]));
        var fileId = (await new HueWorkspace.Domain.Tasks.TaskQueries(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, user, clock: TimeProvider.System)).GetAsync(id)).Attachments.Single().Id;

        var member = await factory.ClientAsync("khcn.lanhdao");
        var response = await member.Http.GetAsync($"/tasks/{id}/files/{fileId}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("Kế hoạch số 12.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(content, await response.Content.ReadAsByteArrayAsync());

        // Streamed from the store with ranges: a viewer or a resumed download asks for a part.
        using var ranged = new HttpRequestMessage(HttpMethod.Get, $"/tasks/{id}/files/{fileId}");
        ranged.Headers.Range = new System.Net.Http.Headers.RangeHeaderValue(100, 199);
        var part = await member.Http.SendAsync(ranged);
        Assert.Equal(HttpStatusCode.PartialContent, part.StatusCode);
        Assert.Equal(content[100..200], await part.Content.ReadAsByteArrayAsync());

        var outsider = await factory.ClientAsync("tc.lanhdao");
        Assert.Equal(HttpStatusCode.NotFound, (await outsider.Http.GetAsync($"/tasks/{id}/files/{fileId}")).StatusCode);
    }

    [Theory]
    [InlineData("tc.chuyenvien", "Chỉ lãnh đạo được giao việc.")]
    [InlineData("tc.lanhdao", "Đơn vị chủ trì")]
    public async Task TheNewTaskPage_OffersTheFormOnlyToLeaders(string user, string expected)
    {
        var client = await factory.ClientAsync(user);
        Assert.Contains(expected, await client.Http.GetStringAsync("/tasks/new"));
    }
}
