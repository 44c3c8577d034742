using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Domain.Organization;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using HueWorkspace.Tests.Domain.Datasets;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Dashboards;

/// <summary>
/// Art. 18 dashboards on the demo organisation: each indicator against data with a known answer, on-time by working
/// days and Tết, the scope of each kind of person, and every figure equal to a recount of the same rules in memory.
/// </summary>
public sealed class DashboardTests : DatasetTest
{
    private DashboardQueries Dashboards => TestWorkflow.Dashboard(Workflow);

    private DataRequestService Requests => TestWorkflow.Requests(Workflow, Files);

    private void SetLocal(int year, int month, int day, int hour = 9) =>
        FakeClock.SetUtcNow(new DateTimeOffset(year, month, day, hour, 0, 0, TimeSpan.FromHours(7)));

    private async Task<Guid> GiveAsync(string title, DateOnly due, string lead = "SKHCN")
    {
        await ActAsAsync("chutich");
        return await Service.CreateAsync(new CreateTask(title, null, TaskPriority.Normal, new TaskUnitDue(await DemoActors.UnitIdAsync(Db, lead), "", due), []));
    }

        /// <summary>The lead unit's leader names the handler, with the task's own deadline.</summary>
    private async Task HandlerAsync(Guid id)
    {
        await ActAsAsync("khcn.lanhdao");
        var task = await ReloadAsync(id);
        await Service.AssignHandlerAsync(id, task.Version, task.LeadUnitId, await DemoActors.UserIdAsync(Db, "khcn.chuyenvien"), task.DueDate);
    }

    /// <summary>The handler starts and submits; the city leader approves.</summary>
    private async Task CompleteAsync(Guid id)
    {
        await As("khcn.chuyenvien", v => Service.StartAsync(id, v), id);
        await As("khcn.chuyenvien", v => Service.SubmitAsync(id, v, "Đã xong."), id);
        await As("chutich", v => Service.ApproveAsync(id, v, null), id);
    }

    [Fact]
    public void Periods_AreWholeWeeksMonthsQuartersAndYears_AndTheOneBefore()
    {
        var day = new DateOnly(2027, 2, 17); // a Wednesday
        Assert.Equal((new DateOnly(2027, 2, 15), new DateOnly(2027, 2, 21)), Ends(DashboardPeriod.Containing(PeriodKind.Week, day)));
        Assert.Equal((new DateOnly(2027, 2, 8), new DateOnly(2027, 2, 14)), Ends(DashboardPeriod.Containing(PeriodKind.Week, day).Previous));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 1, 31)), Ends(DashboardPeriod.Containing(PeriodKind.Month, day).Previous));
        Assert.Equal((new DateOnly(2027, 1, 1), new DateOnly(2027, 3, 31)), Ends(DashboardPeriod.Containing(PeriodKind.Quarter, day)));
        Assert.Equal((new DateOnly(2026, 10, 1), new DateOnly(2026, 12, 31)), Ends(DashboardPeriod.Containing(PeriodKind.Quarter, day).Previous));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 31)), Ends(DashboardPeriod.Containing(PeriodKind.Year, day).Previous));

        // A day in Huế begins at 17:00 UTC the day before.
        Assert.Equal(new DateTime(2027, 2, 14, 17, 0, 0, DateTimeKind.Utc), DashboardPeriod.Containing(PeriodKind.Week, day).Utc.FromUtc);

        static (DateOnly, DateOnly) Ends(DashboardPeriod p) => (p.From, p.To);
    }

    [Fact]
    public async Task Tasks_GivenCompletedOnTimeOrLate_AndOverdue_AreCountedForTheMonth_AndComparedWithTheMonthBefore()
    {
        SetLocal(2027, 3, 1);
        var onTime = await GiveAsync("Đúng hạn", new DateOnly(2027, 3, 10));
        var late = await GiveAsync("Trễ hạn", new DateOnly(2027, 3, 5));
        await GiveAsync("Còn mở, quá hạn", new DateOnly(2027, 3, 4));
        await HandlerAsync(onTime);
        await HandlerAsync(late);
        SetLocal(2027, 3, 8);
        await CompleteAsync(onTime);
        SetLocal(2027, 3, 9);
        await CompleteAsync(late);
        SetLocal(2027, 4, 2);
        await GiveAsync("Tháng sau", new DateOnly(2027, 4, 30));

        SetLocal(2027, 4, 5);
        await ActAsAsync("chutich");
        var april = await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Month));
        var march = await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Month, new DateOnly(2027, 3, 20)));

        Assert.Equal((1, 0), (april.Current.Tasks.Assigned, april.Current.Tasks.Completed));
        Assert.Equal((3, 2, 1, 50.0), (march.Current.Tasks.Assigned, march.Current.Tasks.Completed, march.Current.Tasks.CompletedOnTime, march.Current.Tasks.OnTimeRate));
        // April is running (5 April): it is compared with 1–5 March, like for like — given on 1 March, completed after the 5th.
        Assert.Equal((new DateOnly(2027, 3, 1), new DateOnly(2027, 3, 5)), (april.PreviousPeriod.From, april.PreviousPeriod.To));
        Assert.Equal(new TaskFigures(3, 0, 0, 0), april.Previous.Tasks);
        // March is over: compared with all of February.
        Assert.Equal((new DateOnly(2027, 2, 1), new DateOnly(2027, 2, 28)), (march.PreviousPeriod.From, march.PreviousPeriod.To));

        // Overdue is today's: the open task counts once, with the demo's own overdue work (recounted the modules' way).
        Assert.Equal(await RecountOverdueAsync(), april.Current.Tasks.OverdueNow);
        Assert.Equal(0, march.Current.Tasks.OverdueNow);

        // Sở KH&CN's row holds them; the trend puts them on their days.
        var khcn = await DemoActors.UnitIdAsync(Db, "SKHCN");
        Assert.Equal(3, march.ByUnit.Single(r => r.UnitId == khcn).Current.Tasks.Assigned);
        Assert.Equal(3, march.Trend.Single(p => p.From == new DateOnly(2027, 3, 1)).Assigned);
        Assert.Equal(1, march.Trend.Single(p => p.From == new DateOnly(2027, 3, 9)).Completed);
        Assert.Equal(31, march.Trend.Count);
    }

    private async Task<int> RecountOverdueAsync()
    {
        await using var db = Db.CreateDbContext();
        var today = VietnamTime.Today(FakeClock);
        return (await db.Tasks.AsNoTracking().ToListAsync()).Count(t => WorkTask.IsOverdue(t.State, t.DueDate, today));
    }

    [Fact]
    public async Task ARequestAnsweredAfterTet_WithinItsFiveWorkingDays_IsOnTime_AndOneDayLater_IsLate()
    {
        SetLocal(2027, 2, 3); // the eve of Tết: due Wednesday 17/02/2027
        var owner = await DemoActors.UnitIdAsync(Db, "SYT");
        async Task<Guid> SubmitAsync(string what)
        {
            await ActAsAsync("vnpt.khaithac");
            var id = await Requests.SaveDraftAsync(null, null, new RequestForm("Đinh Công Tráng", "0234 3822 000", null, what, owner, "Tên, địa chỉ", "Lập bản đồ",
                "Quyết định 41/2024/QĐ-UBND", RequestMethod.File, RequestFrequency.Once, new DateOnly(2027, 3, 1), new DateOnly(2027, 9, 1), false, true));
            await Requests.SubmitAsync(id, await RequestVersionAsync(id));
            return id;
        }

        var first = await SubmitAsync("Danh sách trạm y tế");
        var second = await SubmitAsync("Danh sách nhà thuốc");
        SetLocal(2027, 2, 17, 16);
        await ActAsAsync("yt.dulieu");
        await Requests.RefuseAsync(first, await RequestVersionAsync(first), "Dữ liệu chưa được số hóa.");
        SetLocal(2027, 2, 18, 8);
        await ActAsAsync("yt.dulieu");
        await Requests.RefuseAsync(second, await RequestVersionAsync(second), "Thuộc danh mục bí mật nhà nước.");

        await ActAsAsync("chutich");
        var february = await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Month));
        Assert.Equal(new RequestFigures(2, 2, 1, 2), february.Current.Requests);
        Assert.Equal(50.0, february.Current.Requests.OnTimeRate);
        Assert.Equal(["Thuộc danh mục bí mật nhà nước.", "Dữ liệu chưa được số hóa."], february.Refusals.Select(r => r.Reason));
        Assert.All(february.Refusals, r => Assert.Equal("Sở Y tế", r.OwnerName));
        Assert.Equal(new RequestFigures(2, 2, 1, 2), february.ByUnit.Single(r => r.UnitId == owner).Current.Requests);

        // Another department's leader sees none of it.
        await ActAsAsync("khcn.lanhdao");
        Assert.Equal(RequestFigures.Zero, (await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Month))).Current.Requests);
    }

    private async Task<Guid> RequestVersionAsync(Guid id)
    {
        await using var db = Db.CreateDbContext();
        return await db.DataRequests.Where(r => r.Id == id).Select(r => r.Version).SingleAsync();
    }

    [Fact]
    public async Task Datasets_RegisteredCertifiedAndPublished_AreCountedForTheOwner_WithTheShareCertifiedToDate()
    {
        await ActAsAsync("chutich");
        var owner = await DemoActors.UnitIdAsync(Db, "SYT");
        var before = (await Dashboards.GetAsync(new DashboardQuery())).ByUnit.Single(r => r.UnitId == owner).Current.Datasets;

        var certified = await RegisteredAsync(input: Input(name: "Cơ sở khám bệnh được cấp phép"));
        await RegisteredAsync(input: Input(name: "Danh sách nhà thuốc đạt chuẩn", description: "Nhà thuốc, quầy thuốc đạt chuẩn GPP."));
        var council = await OpenCouncilAsync(certified);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        await Councils.CloseAsync(council);
        await PublishWithFileAsync(certified);

        await ActAsAsync("chutich");
        var after = (await Dashboards.GetAsync(new DashboardQuery())).ByUnit.Single(r => r.UnitId == owner).Current.Datasets;
        Assert.Equal(before with
        {
            Registered = before.Registered + 2, Certified = before.Certified + 1, Published = before.Published + 1,
            RegisteredToDate = before.RegisteredToDate + 2, CertifiedToDate = before.CertifiedToDate + 1,
        }, after);
        Assert.Equal(Math.Round(100.0 * after.CertifiedToDate / after.RegisteredToDate, 1), after.CertifiedShare);
    }

    [Fact]
    public async Task EachNumberOfARow_IsTheTotalOfTheListItOpens_WithTheSameFiltersInTheAddress()
    {
        // Work in this year: given, completed on time, still open and overdue, a request to Sở Y tế.
        var done = await GiveAsync("Hoàn thành trong kỳ", Today.AddDays(5));
        await GiveAsync("Đang làm", Today.AddDays(30), lead: "STC");
        await GiveAsync("Sẽ quá hạn", Today.AddDays(1), lead: "SXD");
        await HandlerAsync(done);
        await CompleteAsync(done);
        var certified = await RegisteredAsync(input: Input(name: "Cơ sở khám bệnh được cấp phép"));
        var council = await OpenCouncilAsync(certified);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        await Councils.CloseAsync(council);
        FakeClock.Advance(TimeSpan.FromDays(3));

        await ActAsAsync("chutich");
        var dashboard = await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Year));
        var p = dashboard.Period;
        var tasks = new TaskQueries(Workflow);
        var requests = new DataRequestQueries(Workflow);
        foreach (var row in dashboard.ByUnit.Where(r => r.UnitId != dashboard.Scope.UnitId))
        {
            var f = row.Current;
            Assert.Equal(f.Tasks.Assigned, (await tasks.ListAsync(new TaskListQuery(TaskTab.All, LeadWithin: row.UnitId, AssignedFrom: p.From, AssignedTo: p.To))).Total);
            Assert.Equal(f.Tasks.Completed, (await tasks.ListAsync(new TaskListQuery(TaskTab.All, LeadWithin: row.UnitId, CompletedFrom: p.From, CompletedTo: p.To))).Total);
            Assert.Equal(f.Tasks.OverdueNow, (await tasks.ListAsync(new TaskListQuery(TaskTab.Overdue, LeadWithin: row.UnitId))).Total);
            Assert.Equal(f.Requests.Received, (await requests.ListAsync(new RequestListQuery(RequestTab.All, OwnerWithin: row.UnitId, SubmittedFrom: p.From, SubmittedTo: p.To))).Total);
            Assert.Equal(f.Requests.Refused, (await requests.ListAsync(new RequestListQuery(RequestTab.All, RequestState.Refused, OwnerWithin: row.UnitId, AnsweredFrom: p.From, AnsweredTo: p.To))).Total);
            Assert.Equal(f.Documents.Handled, (await tasks.ListAsync(new TaskListQuery(TaskTab.All, LeadWithin: row.UnitId, CompletedFrom: p.From, CompletedTo: p.To, FromDocuments: true))).Total);
            Assert.Equal(f.Documents.OverdueNow, (await tasks.ListAsync(new TaskListQuery(TaskTab.Overdue, LeadWithin: row.UnitId, FromDocuments: true))).Total);
            foreach (var (happened, count) in new[] { (DatasetEvent.Registered, f.Datasets.Registered), (DatasetEvent.Certified, f.Datasets.Certified), (DatasetEvent.Published, f.Datasets.Published) })
            {
                Assert.Equal(count, (await DatasetQueries.ListAsync(new DatasetListQuery(OwnerWithin: row.UnitId, Event: happened, From: p.From, To: p.To))).Total);
            }
        }

        Assert.Contains(dashboard.ByUnit, r => r.Current.Tasks.Completed > 0);
        Assert.Contains(dashboard.ByUnit, r => r.Current.Datasets.Certified > 0);
        Assert.Contains(dashboard.ByUnit, r => r.Current.Tasks.OverdueNow > 0);
    }

    /// <summary>
    /// The dashboard's agreement test (issue 22): for every demo person, each number opens its list with the same filters,
    /// the list holds exactly that many records, and every one of them opens by id — a secret dataset the person may not
    /// see is neither counted nor listed; nobody counts everything or nothing by accident.
    /// </summary>
    [Fact]
    public async Task ForEveryDemoPerson_EachNumber_IsTheTotalOfItsList_AndEveryRecordItCountsOpens()
    {
        await HueWorkspace.Domain.Seeding.DemoTasks.SeedAsync(Db, Clock);
        var done = await GiveAsync("Hoàn thành trong kỳ", Today.AddDays(5));
        await HandlerAsync(done);
        await CompleteAsync(done);
        var certified = await RegisteredAsync(input: Input(name: "Cơ sở khám bệnh được cấp phép"));
        var council = await OpenCouncilAsync(certified);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        await Councils.CloseAsync(council);
        await RegisteredAsync(input: Input(name: "Hồ sơ bệnh án điện tử mật", isPublic: false, secret: true));
        await ActAsAsync("vnpt.khaithac");
        var request = await Requests.SaveDraftAsync(null, null, new RequestForm("Đinh Công Tráng", "0234 3822 000", [certified], null, null, "Tên cơ sở, địa chỉ",
            "Lập bản đồ phủ sóng gần cơ sở y tế", "Quyết định 41/2024/QĐ-UBND, Điều 27", RequestMethod.File, RequestFrequency.Once, Today, Today.AddMonths(6), false, true));
        await Requests.SubmitAsync(request, await RequestVersionAsync(request));

        await using var db = Db.CreateDbContext();
        var people = await db.UserProfiles.AsNoTracking().Where(p => p.UserName != null).Select(p => p.UserName!).ToListAsync();
        var tasks = new TaskQueries(Workflow);
        var requests = new DataRequestQueries(Workflow);
        var counted = new Dictionary<string, int>();
        foreach (var person in people)
        {
            var actor = await ActAsAsync(person);
            if (!actor.IsAssigned)
            {
                continue;
            }

            var dashboard = await Dashboards.GetAsync(new DashboardQuery(PeriodKind.Year));
            var (unit, p, f) = (dashboard.Scope.UnitId, dashboard.Period, dashboard.Current);
            async Task Agrees(string what, int figure, Func<Task<(IReadOnlyList<Guid> Ids, int Total)>> list, Func<Guid, Task> open)
            {
                var (ids, total) = await list();
                Assert.True(figure == total, $"{person}: {what} is {figure} on the dashboard, {total} in its list");
                Assert.True(ids.Count == total, $"{person}: {what}'s list shows {ids.Count} of {total}");
                foreach (var id in ids)
                {
                    await open(id);
                }

                counted[what] = counted.GetValueOrDefault(what) + total;
            }

            Task OpenTask(Guid id) => tasks.GetAsync(id);
            async Task<(IReadOnlyList<Guid> Ids, int Total)> Tasks(TaskListQuery q)
            {
                var page = await tasks.ListAsync(q with { PageSize = 200 });
                return (page.Items.Select(r => r.Id).ToList(), page.Total);
            }

            await Agrees("tasks given", f.Tasks.Assigned, () => Tasks(new TaskListQuery(TaskTab.All, LeadWithin: unit, AssignedFrom: p.From, AssignedTo: p.To)), OpenTask);
            await Agrees("tasks completed", f.Tasks.Completed, () => Tasks(new TaskListQuery(TaskTab.All, LeadWithin: unit, CompletedFrom: p.From, CompletedTo: p.To)), OpenTask);
            await Agrees("tasks overdue", f.Tasks.OverdueNow, () => Tasks(new TaskListQuery(TaskTab.Overdue, LeadWithin: unit)), OpenTask);
            if (dashboard.Scope.OwnWork)
            {
                continue;
            }

            await Agrees("requests received", f.Requests.Received, async () =>
            {
                var page = await requests.ListAsync(new RequestListQuery(RequestTab.All, OwnerWithin: unit, SubmittedFrom: p.From, SubmittedTo: p.To, PageSize: 200));
                return (page.Items.Select(r => r.Id).ToList(), page.Total);
            }, id => requests.GetAsync(id));
            foreach (var (happened, figure) in new[] { (DatasetEvent.Registered, f.Datasets.Registered), (DatasetEvent.Certified, f.Datasets.Certified) })
            {
                await Agrees($"datasets {happened}", figure, async () =>
                {
                    var page = await DatasetQueries.ListAsync(new DatasetListQuery(OwnerWithin: unit, Event: happened, From: p.From, To: p.To, PageSize: 200));
                    return (page.Items.Select(r => r.Id).ToList(), page.Total);
                }, id => DatasetQueries.GetAsync(id));
            }
        }

        // Someone counted each kind of record, so no check above compared two zeros only.
        Assert.All(new[] { "tasks given", "tasks completed", "tasks overdue", "requests received", "datasets Registered", "datasets Certified" },
            what => Assert.True(counted.GetValueOrDefault(what) > 0, $"nobody counted {what}"));
    }

    [Fact]
    public async Task EachPerson_SeesTheirScope_AndAnotherUnitById_IsNotFound()
    {
        var city = await ActAsAsync("chutich");
        var whole = await Dashboards.GetAsync(new DashboardQuery());
        Assert.Equal(city.UnitId, whole.Scope.UnitId);
        Assert.Contains(whole.ByUnit, r => r.Name == "Sở Khoa học và Công nghệ");
        Assert.Contains(whole.ByUnit, r => r.Name.Contains("phường", StringComparison.Ordinal));

        // The city leader drills into a department: the path leads back to the city.
        var khcn = await DemoActors.UnitIdAsync(Db, "SKHCN");
        var department = await Dashboards.GetAsync(new DashboardQuery(UnitId: khcn));
        Assert.Equal([city.UnitId!.Value, khcn], department.Scope.Path.Select(p => p.Id));
        Assert.Equal(khcn, department.ByUnit[0].UnitId);

        // A department's leader: their department, and nothing of another one even by its id.
        await ActAsAsync("khcn.lanhdao");
        Assert.Equal(khcn, (await Dashboards.GetAsync(new DashboardQuery())).Scope.UnitId);
        var finance = await DemoActors.UnitIdAsync(Db, "STC");
        Assert.Equal(DashboardQueries.UnitNotFoundMessage, (await Assert.ThrowsAsync<NotFoundException>(() => Dashboards.GetAsync(new DashboardQuery(UnitId: finance)))).Message);
        await Assert.ThrowsAsync<NotFoundException>(() => Dashboards.GetAsync(new DashboardQuery(UnitId: city.UnitId)));

        // A specialist: their own tasks only, no units.
        await ActAsAsync("khcn.chuyenvien");
        var own = await Dashboards.GetAsync(new DashboardQuery());
        Assert.True(own.Scope.OwnWork);
        Assert.Empty(own.ByUnit);
        Assert.Equal((DocumentFigures.Zero, RequestFigures.Zero), (own.Current.Documents, own.Current.Requests));
        await Assert.ThrowsAsync<NotFoundException>(() => Dashboards.GetAsync(new DashboardQuery(UnitId: finance)));
        Assert.Empty(await Dashboards.UnitsAsync());
    }

    [Fact]
    public async Task TheCitysFigures_EqualARecountOfEveryRecord_InMemory_ForEachPeriodKind()
    {
        await ActAsAsync("chutich");
        foreach (var kind in Enum.GetValues<PeriodKind>())
        {
            var dashboard = await Dashboards.GetAsync(new DashboardQuery(kind));
            Assert.Equal(await RecountAsync(dashboard.Period, dashboard.Today), dashboard.Current);
            Assert.Equal(dashboard.Current, dashboard.ByUnit.Aggregate(Figures.Zero, (a, r) => a.Plus(r.Current)));
        }
    }

    [Fact]
    public async Task TheWeeklySummary_GoesToEachCityLeader_OnMondayFrom7_OnceEvenWithTwoInstancesRacing()
    {
        SetLocal(2027, 3, 1); // Monday 01/03/2027: a task given in the week that the next Monday sums up
        await GiveAsync("Trong tuần trước", new DateOnly(2027, 3, 20));
        FakeClock.SetUtcNow(new DateTimeOffset(2027, 3, 8, 6, 30, 0, TimeSpan.FromHours(7))); // next Monday, 06:30
        var job = new WeeklySummaryJob(Db, Publisher, FakeClock, new(), new(), HueWorkspace.Domain.Persistence.PersistenceExtensions.DashboardSources);
        Assert.Equal(0, await job.RunOnceAsync());

        FakeClock.SetUtcNow(new DateTimeOffset(2027, 3, 8, 7, 5, 0, TimeSpan.FromHours(7)));
        var runs = await Task.WhenAll(new WeeklySummaryJob(Db, Publisher, FakeClock, new(), new(), HueWorkspace.Domain.Persistence.PersistenceExtensions.DashboardSources).RunOnceAsync(), new WeeklySummaryJob(Db, Publisher, FakeClock, new(), new(), HueWorkspace.Domain.Persistence.PersistenceExtensions.DashboardSources).RunOnceAsync());
        await using var db = Db.CreateDbContext();
        var leaders = (await db.UserProfiles.AsNoTracking().ToListAsync()).Where(p => p.IsAssigned && p.Roles.Contains(Role.CityLeader)).Select(p => p.Id).ToList();
        var sent = await db.Notifications.AsNoTracking().Where(n => n.Kind == NotificationKinds.WeeklySummary).ToListAsync();
        Assert.NotEmpty(leaders);
        Assert.Equal(leaders.Count, runs.Sum());
        Assert.Equal(leaders.Order(), sent.Select(n => n.RecipientId).Order());
        var summary = Assert.Single(await db.WeeklySummaries.AsNoTracking().ToListAsync());
        Assert.Equal(new DateOnly(2027, 3, 1), summary.WeekStart);

        // The week's figures: the one task given that week, none completed; the link opens that week's dashboard.
        Assert.Equal(["01/03–07/03/2027", "1", "0"], sent[0].TitleArgs.Take(3));
        Assert.Equal("/dashboard?period=Week&day=2027-03-01", sent[0].Link);
        Assert.StartsWith("Tổng hợp tuần 01/03–07/03/2027: giao 1 việc, hoàn thành 0", sent[0].Title);

        // Later the same week, and after a restart, nothing more.
        FakeClock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(0, await job.RunOnceAsync());
        Assert.Equal(leaders.Count, await db.Notifications.CountAsync(n => n.Kind == NotificationKinds.WeeklySummary));
    }

    /// <summary>The same rules, written the plain way over every row loaded into memory.</summary>
    private async Task<Figures> RecountAsync(DashboardPeriod p, DateOnly today)
    {
        await using var db = Db.CreateDbContext();
        var tree = new OrgTree(await db.Units.AsNoTracking().ToListAsync());
        var city = tree.Units.Where(u => u.Kind != UnitKind.ExternalOrganisation).Select(u => u.Id).ToHashSet();
        bool In(DateTime? utc) => utc is { } t && p.Contains(VietnamTime.LocalDay(t));
        var tasks = await db.Tasks.AsNoTracking().Where(t => true).ToListAsync();
        tasks = tasks.Where(t => city.Contains(t.LeadUnitId)).ToList();
        var completed = tasks.Where(t => t.State == TaskState.Completed && In(t.CompletedAtUtc)).ToList();
        var incoming = (await db.IncomingDocuments.AsNoTracking().ToListAsync()).Where(d => city.Contains(d.UnitId)).ToList();
        var taskById = (await db.Tasks.AsNoTracking().ToListAsync()).ToDictionary(t => t.Id);
        var directed = (await db.IncomingDocuments.AsNoTracking().Where(d => d.TaskId != null).ToListAsync()).Where(d => city.Contains(taskById[d.TaskId!.Value].LeadUnitId)).ToList();
        var handled = directed.Where(d => taskById[d.TaskId!.Value].State == TaskState.Completed && In(taskById[d.TaskId!.Value].CompletedAtUtc)).ToList();
        var requests = (await db.DataRequests.AsNoTracking().ToListAsync()).Where(r => city.Contains(r.OwnerUnitId)).ToList();
        var answered = requests.Where(r => In(r.AnsweredAtUtc)).ToList();
        var datasets = (await db.Datasets.AsNoTracking().ToListAsync()).Where(d => d.State != DatasetState.Draft && city.Contains(d.OwnerUnitId)).ToList();
        var hasToday = p.Contains(today);
        return new Figures(
            new TaskFigures(tasks.Count(t => In(t.CreatedAtUtc)), completed.Count, completed.Count(t => !t.CompletedLate),
                hasToday ? tasks.Count(t => WorkTask.IsOverdue(t.State, t.DueDate, today)) : 0),
            new DocumentFigures(incoming.Count(d => p.Contains(d.ArrivalDate)), handled.Count, handled.Count(d => !taskById[d.TaskId!.Value].CompletedLate),
                hasToday ? directed.Count(d => WorkTask.IsOverdue(taskById[d.TaskId!.Value].State, taskById[d.TaskId!.Value].DueDate, today)) : 0,
                (await db.OutgoingDocuments.AsNoTracking().ToListAsync()).Count(o => o.State == OutgoingState.Issued && o.IssueDate is { } d && p.Contains(d) && city.Contains(o.IssuerUnitId))),
            new RequestFigures(requests.Count(r => In(r.SubmittedAtUtc)), answered.Count, answered.Count(r => r.DueOn is { } due && VietnamTime.LocalDay(r.AnsweredAtUtc!.Value) <= due),
                answered.Count(r => r.State == RequestState.Refused)),
            new DatasetFigures(datasets.Count(d => In(d.CreatedAtUtc)), datasets.Count(d => d.CertifiedOn is { } c && p.Contains(c)), datasets.Count(d => In(d.PublishedAtUtc)),
                datasets.Count, datasets.Count(d => d.State is DatasetState.Certified or DatasetState.Published && (d.CertificateExpiresOn is null || d.CertificateExpiresOn >= today))));
    }
}
