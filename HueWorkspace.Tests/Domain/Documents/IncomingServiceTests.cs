using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

public sealed class IncomingServiceTests : IncomingTest
{
    [Fact]
    public async Task ArrivalNumbers_RunFromOneWithoutGaps_PerUnitRegister_AndRestartOnFirstJanuary()
    {
        await ActAsAsync("vp.vanthu");
        var numbers = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            numbers.Add((await RegisterAsync(letter: await LetterAsync(symbol: $"{i + 1}/STC-NS"))).Number);
        }

        Assert.Equal(["1/2026", "2/2026", "3/2026"], numbers);

        // Another unit's register has its own numbers.
        Assert.Equal("1/2026", (await RegisterAsync("khcn.vanthu", await LetterAsync(symbol: "9/STC-NS"))).Number);

        // 1 January: the register starts again at 1.
        FakeClock.SetUtcNow(new DateTimeOffset(2027, 1, 1, 2, 0, 0, TimeSpan.Zero));
        var newYear = await LetterAsync(symbol: "1/UBND-VP") with { ArrivalDate = new DateOnly(2027, 1, 1), IssueDate = new DateOnly(2026, 12, 30) };
        Assert.Equal("1/2027", (await RegisterAsync(letter: newYear)).Number);
    }

    [Fact]
    public async Task TwoClerksRegisteringAtTheSameMoment_GetDistinctConsecutiveNumbers()
    {
        // Real concurrency on the SQLite file: each registration its own service, connection and transaction.
        var clerks = new[] { "vp.vanthu", "vp.vanthu", "vp.vanthu", "vp.vanthu", "vp.vanthu", "vp.vanthu", "vp.vanthu", "vp.vanthu" };
        var actor = await ActAsAsync("vp.vanthu");
        var letters = new List<RegisterIncoming>();
        for (var i = 0; i < clerks.Length; i++)
        {
            letters.Add(await LetterAsync(symbol: $"{100 + i}/SYT-VP"));
        }

        var results = await Task.WhenAll(letters.Select(letter => Task.Run(() =>
            new HueWorkspace.Domain.Documents.IncomingService(HueWorkspace.Tests.Builders.TestWorkflow.Of(Db, new TestCurrentUser { Actor = actor }, Publisher, FakeClock), Files, Service).RegisterAsync(letter))));
        Assert.Equal(Enumerable.Range(1, clerks.Length), results.Select(r => int.Parse(r.Number.Split('/')[0], System.Globalization.CultureInfo.InvariantCulture)).Order());
    }

    [Fact]
    public async Task ARegistrationThatFails_LeavesNoGapInTheRegister()
    {
        Assert.Equal("1/2026", (await RegisterAsync()).Number);

        // The main file vanished from the store between picking and saving: refused inside the numbering transaction.
        var letter = await LetterAsync(symbol: "2/XX");
        await FileStore.DeleteAsync(letter.MainFile!.Sha256, DateTime.UtcNow.AddDays(1));
        await Assert.ThrowsAsync<DomainException>(() => Documents.RegisterAsync(letter));

        Assert.Equal("2/2026", (await RegisterAsync(letter: await LetterAsync(symbol: "3/XX"))).Number);
    }

    [Fact]
    public async Task TheSameIssuerNumberAndDate_IsWarned_WithTheEarlierRecord_AndRegisteredOnlyWhenConfirmed()
    {
        var (first, _) = await RegisterAsync();

        // Typed differently (case, spaces, no diacritics), still the same document.
        var again = await LetterAsync(symbol: "1234/bttt t-CDSQG".Replace(" ", ""), issuer: "bo thong tin va truyen thong");
        var again2 = again with { NumberSymbol = "1234/BTTTT-CDSQG" };
        var warning = await Assert.ThrowsAsync<DuplicateDocumentException>(() => Documents.RegisterAsync(again2));
        Assert.Equal(first, warning.ExistingId);
        Assert.Contains("1/2026", warning.Message);
        Assert.Equal(1, await CountAsync<IncomingDocument>());

        var (second, number) = await Documents.RegisterAsync(again2 with { ConfirmDuplicate = true });
        Assert.NotEqual(first, second);
        Assert.Equal("2/2026", number);
    }

    [Fact]
    public async Task Registering_NeedsAClerk_APdfMainFile_AndSaneDates()
    {
        await ActAsAsync("vp.lanhdao");
        await Assert.ThrowsAsync<ForbiddenException>(async () => await Documents.RegisterAsync(await LetterAsync()));

        await ActAsAsync("vp.vanthu");
        var notPdf = await LetterAsync() with { MainFile = await StageAsync("ghi-chu.txt", "ghi chú"u8.ToArray()) };
        Assert.Contains("PDF", (await Assert.ThrowsAsync<DomainException>(() => Documents.RegisterAsync(notPdf))).Message);
        var future = await LetterAsync() with { ArrivalDate = Today.AddDays(1) };
        Assert.Contains("Ngày đến", (await Assert.ThrowsAsync<DomainException>(() => Documents.RegisterAsync(future))).Message);
        var issuedAfter = await LetterAsync() with { IssueDate = Today.AddDays(1) };
        Assert.Contains("Ngày ban hành", (await Assert.ThrowsAsync<DomainException>(() => Documents.RegisterAsync(issuedAfter))).Message);
        Assert.Equal(0, await CountAsync<IncomingDocument>());
    }

    [Fact]
    public async Task TheLeaderDirects_IntoATaskWithALeadUnitCoordinatorsAndDeadlines_AndEachUnitIsTold()
    {
        var id = await PresentedAsync();
        var chutich = await DemoActors.UserIdAsync(Db, "chutich");
        Assert.Contains(Publisher.Published, p => p.RecipientId == chutich && p.Kind == NotificationKinds.DocumentPresented);

        await ActAsAsync("chutich");
        var lead = await DemoActors.UnitIdAsync(Db, "SKHCN");
        var coordinator = await DemoActors.UnitIdAsync(Db, "STC");
        var taskId = await Documents.DirectAsync(id, await DocumentVersionAsync(id), new DirectIncoming(
            "Giao Sở KH&CN chủ trì, Sở Tài chính phối hợp tham mưu.", new TaskUnitDue(lead, "", Today.AddDays(10)),
            [new TaskUnitDue(coordinator, "", Today.AddDays(7))], TaskPriority.High));

        var document = await ReloadDocumentAsync(id);
        Assert.Equal(IncomingState.Directed, document.State);
        Assert.Equal(taskId, document.TaskId);
        Assert.Equal(2, document.Units.Count);
        var task = await ReloadAsync(taskId!.Value);
        Assert.Equal(TaskSource.Document, task.Source);
        Assert.Equal(id, task.SourceId);
        Assert.Equal(lead, task.LeadUnitId);
        var khcn = await DemoActors.UserIdAsync(Db, "khcn.lanhdao");
        var tc = await DemoActors.UserIdAsync(Db, "tc.lanhdao");
        Assert.Contains(Publisher.Published, p => p.RecipientId == khcn && p.Kind == NotificationKinds.TaskAssigned);
        Assert.Contains(Publisher.Published, p => p.RecipientId == tc && p.Kind == NotificationKinds.TaskAssigned);

        // The document shows how each unit handles it, from the task.
        var detail = await DocumentQueries.GetAsync(id);
        Assert.Equal(["Sở Khoa học và Công nghệ", "Sở Tài chính"], detail.Handling.Select(h => h.UnitName));
        Assert.All(detail.Handling, h => Assert.Equal(TaskState.New, h.TaskState));
    }

    [Fact]
    public async Task EachUnitsHandlingRow_ShowsThatUnitsOwnHandlerProgressAndReport_NotTheTasksState()
    {
        var id = await PresentedAsync();
        await ActAsAsync("chutich");
        var lead = await DemoActors.UnitIdAsync(Db, "SKHCN");
        var finance = await DemoActors.UnitIdAsync(Db, "STC");
        var taskId = (await Documents.DirectAsync(id, await DocumentVersionAsync(id), new DirectIncoming(
            "Sở KH&CN chủ trì, Sở Tài chính phối hợp.", new TaskUnitDue(lead, "", Today.AddDays(10)), [new TaskUnitDue(finance, "", Today.AddDays(7))])))!.Value;

        // The lead unit alone starts and reports: Sở Tài chính's row stays its own — no handler yet, nothing reported.
        await ActAsAsync("khcn.lanhdao");
        await Service.AssignHandlerAsync(taskId, await VersionAsync(taskId), lead, await DemoActors.UserIdAsync(Db, "khcn.chuyenvien"), Today.AddDays(9));
        await ActAsAsync("khcn.chuyenvien");
        await Service.StartAsync(taskId, await VersionAsync(taskId));
        await Service.ReportAsync(taskId, await VersionAsync(taskId), 40, "Đã dự thảo kế hoạch.");
        var rows = (await DocumentQueries.GetAsync(id)).Handling;
        var leadRow = Assert.Single(rows, h => h.IsLead);
        Assert.Equal((TaskState.InProgress, 40, "Lê Thị Hồng Nhung"), (leadRow.TaskState, leadRow.Percent, leadRow.HandlerName));
        var financeRow = Assert.Single(rows, h => !h.IsLead);
        Assert.Equal((UnitPartStatus.AwaitingHandler, 0, (string?)null, (DateTime?)null), (financeRow.Status, financeRow.Percent, financeRow.HandlerName, financeRow.ReportedAtUtc));

        // Its leader names a handler, who reports the unit's own part: its row moves, the task's percentage does not.
        await ActAsAsync("tc.lanhdao");
        await Service.AssignHandlerAsync(taskId, await VersionAsync(taskId), finance, await DemoActors.UserIdAsync(Db, "tc.chuyenvien"), Today.AddDays(6));
        Assert.Equal(UnitPartStatus.Handling, Assert.Single((await DocumentQueries.GetAsync(id)).Handling, h => !h.IsLead).Status);
        await ActAsAsync("tc.chuyenvien");
        await Service.ReportAsync(taskId, await VersionAsync(taskId), 30, "Đã rà soát kinh phí.");
        financeRow = Assert.Single((await DocumentQueries.GetAsync(id)).Handling, h => !h.IsLead);
        Assert.Equal((UnitPartStatus.Reported, 30, "Ngô Thị Quỳnh"), (financeRow.Status, financeRow.Percent, financeRow.HandlerName));
        Assert.NotNull(financeRow.ReportedAtUtc);
        Assert.Equal(40, (await ReloadAsync(taskId)).Percent);
        Assert.Equal(30, (await Queries.GetAsync(taskId)).MyCoordinatingPart?.Percent);
    }

    [Fact]
    public async Task Registration_KeepsTheAppendixVIFields_AndRefusesNonsense()
    {
        var letter = await LetterAsync() with
        {
            PageCount = 3, HandlingDeadline = Today.AddDays(5), Channel = ArrivalChannel.Email, Language = "Tiếng Anh",
            IdentifierCode = "000.00.00.G12", Note = "Bản chụp gửi kèm thư điện tử.",
        };
        var (id, _) = await RegisterAsync(letter: letter);
        var document = await ReloadDocumentAsync(id);
        Assert.Equal((3, Today.AddDays(5), ArrivalChannel.Email, "Tiếng Anh", "000.00.00.G12", "Bản chụp gửi kèm thư điện tử."),
            (document.PageCount, document.HandlingDeadline, document.Channel, document.Language, document.IdentifierCode, document.Note));

        var plain = await ReloadDocumentAsync((await RegisterAsync(letter: await LetterAsync("99/UBND-VP"))).Id);
        Assert.Equal((ArrivalChannel.Paper, IncomingDocument.DefaultLanguage, (int?)null), (plain.Channel, plain.Language, plain.PageCount));

        Assert.Contains("Số trang", (await Assert.ThrowsAsync<DomainException>(async () => await Documents.RegisterAsync(await LetterAsync("98/UBND-VP") with { PageCount = 0 }))).Message);
        Assert.Contains("Thời hạn giải quyết", (await Assert.ThrowsAsync<DomainException>(async () =>
            await Documents.RegisterAsync(await LetterAsync("97/UBND-VP") with { HandlingDeadline = Today.AddDays(-10) }))).Message);
        Assert.Contains("phương thức nhận", (await Assert.ThrowsAsync<DomainException>(async () =>
            await Documents.RegisterAsync(await LetterAsync("96/UBND-VP") with { Channel = (ArrivalChannel)99 }))).Message);
    }

    [Fact]
    public async Task ForInformationOnly_CreatesNoTask()
    {
        var id = await PresentedAsync();
        await ActAsAsync("chutich");
        Assert.Null(await Documents.DirectAsync(id, await DocumentVersionAsync(id), new DirectIncoming("Để biết.", null, null)));
        Assert.Equal(IncomingState.ForInformation, (await ReloadDocumentAsync(id)).State);
        Assert.Equal(0, await CountAsync<WorkTask>() - await CountSeededTasksAsync());
    }

    private async Task<int> CountSeededTasksAsync()
    {
        await using var db = Db.CreateDbContext();
        return await db.Tasks.CountAsync(t => t.Source != TaskSource.Document || t.SourceId == null);
    }

    [Fact]
    public async Task EveryTransition_FollowsTheWorkflowTable_AndTheRelation()
    {
        var (id, _) = await RegisterAsync();

        // Directing before it was presented; presenting by someone who is not the unit's clerk.
        await ActAsAsync("chutich");
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await Documents.DirectAsync(id, await DocumentVersionAsync(id), new DirectIncoming("x", null, null)));
        await ActAsAsync("vp.lanhdao");
        await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await Documents.PresentAsync(id, await DocumentVersionAsync(id), await DemoActors.UserIdAsync(Db, "chutich")));

        // Presenting to someone who is not a leader of the desk.
        await ActAsAsync("vp.vanthu");
        await Assert.ThrowsAsync<DomainException>(async () =>
            await Documents.PresentAsync(id, await DocumentVersionAsync(id), await DemoActors.UserIdAsync(Db, "tc.lanhdao")));

        // Returned with a reason: nothing more can happen to it.
        await Assert.ThrowsAsync<DomainException>(async () => await Documents.ReturnAsync(id, await DocumentVersionAsync(id), " "));
        await Documents.ReturnAsync(id, await DocumentVersionAsync(id), "Gửi nhầm đơn vị nhận.");
        var returned = await ReloadDocumentAsync(id);
        Assert.Equal(IncomingState.Returned, returned.State);
        Assert.Equal("Gửi nhầm đơn vị nhận.", returned.ReturnReason);
        var ex = await Assert.ThrowsAsync<DomainException>(async () =>
            await Documents.PresentAsync(id, await DocumentVersionAsync(id), await DemoActors.UserIdAsync(Db, "chutich")));
        Assert.Contains("Đã trả lại", ex.Message);
    }

    [Fact]
    public async Task TwoLeadersActingOnOneDocumentAtOnce_GetAConflict_AndNothingIsLost()
    {
        var id = await PresentedAsync();
        var seen = await DocumentVersionAsync(id);
        await ActAsAsync("chutich");
        await Documents.DirectAsync(id, seen, new DirectIncoming("Để biết.", null, null));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Documents.DirectAsync(id, seen, new DirectIncoming("Chỉ đạo khác", new TaskUnitDue(Guid.Empty, "", Today.AddDays(3)), [])));
        Assert.Equal("Để biết.", (await ReloadDocumentAsync(id)).DirectionText);
    }
}
