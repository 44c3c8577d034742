using HueWorkspace.Domain.Dashboards;
using HueWorkspace.Domain.DataRequests;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Web.Components.Shared;
using HueWorkspace.Web.Features.Dashboards;
using HueWorkspace.Web.Features.DataRequests;
using HueWorkspace.Web.Features.Datasets;
using HueWorkspace.Web.Features.Documents;
using HueWorkspace.Web.Features.Tasks;
using Microsoft.AspNetCore.WebUtilities;

namespace HueWorkspace.Tests.Components.Shared;

/// <summary>
/// Every list's address is declared once: the same key means the same in every list, what is written reads back the
/// same, a page ignores what it cannot read and a program is told exactly what it got wrong.
/// </summary>
public sealed class ListAddressTests
{
    private static readonly Guid Unit = Guid.Parse("3f2504e0-4f89-11d3-9a0c-0305e82c3301");
    private static readonly DateOnly May1 = new(2026, 5, 1);
    private static readonly DateOnly May31 = new(2026, 5, 31);

    private static Dictionary<string, Microsoft.Extensions.Primitives.StringValues> Query(string address) => QueryHelpers.ParseQuery(address);

    public static TheoryData<string, string[]> Lists() => new()
    {
        { "tasks", TaskListAddress.Keys.Names.ToArray() },
        { "incoming", IncomingListAddress.Keys.Names.ToArray() },
        { "outgoing", OutgoingListAddress.Keys.Names.ToArray() },
        { "requests", RequestListAddress.Keys.Names.ToArray() },
        { "datasets", DatasetListAddress.Keys.Names.ToArray() },
    };

    [Theory]
    [MemberData(nameof(Lists))]
    public void EveryList_NamesItsUnitAndPeriodTheSame_AndNoneKeepsAnOldName(string list, string[] names)
    {
        foreach (var key in new[] { "tab", "state", "unit", "from", "to", "q", "page", "size" })
        {
            Assert.True(names.Contains(key), $"{list} has no '{key}'");
        }

        foreach (var old in new[] { "lead", "owner", "event", "assignedFrom", "assignedTo", "completedFrom", "completedTo", "answeredFrom", "answeredTo" })
        {
            Assert.DoesNotContain(old, names);
        }

        Assert.Equal(names.Length, names.Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    public static TheoryData<TaskListQuery> Tasks() => new()
    {
        new TaskListQuery(),
        new TaskListQuery(TaskTab.All, TaskState.InProgress, Unit, TaskPriority.Urgent, May1, May31, "quyết định", TaskSort.Title, 4, 50),
        new TaskListQuery(TaskTab.Overdue, LeadWithin: Unit, AssignedFrom: May1, AssignedTo: May31),
        new TaskListQuery(TaskTab.All, LeadWithin: Unit, CompletedFrom: May1, CompletedTo: May31, FromDocuments: true),
        new TaskListQuery(TaskTab.All, CompletedTo: May31),
        new TaskListQuery(TaskTab.All, DueFrom: May1, DueTo: May31, CompletedFrom: May1, CompletedTo: May31, LeadWithin: Unit),
    };

    [Theory]
    [MemberData(nameof(Tasks))]
    public void ATaskList_ReadsBackWhatItWrote_OnThePageAndInTheApi(TaskListQuery query)
    {
        var address = TaskListAddress.Keys.Write(query);
        Assert.Equal(query, TaskListAddress.Keys.Read(Query(address)));
        Assert.Equal(query, TaskListAddress.Keys.ReadStrict(Query(address)));
    }

    [Fact]
    public void EveryOtherList_ReadsBackWhatItWrote()
    {
        foreach (var q in new[]
        {
            new IncomingListQuery(), new IncomingListQuery(IncomingTab.Queue, IncomingState.Registered, DocumentType.QuyetDinh, DocumentUrgency.Khan, May1, May31, "đất đai", 2, 30, Unit),
        })
        {
            Assert.Equal(q, IncomingListAddress.Keys.ReadStrict(Query(IncomingListAddress.Keys.Write(q))));
        }

        foreach (var q in new[] { new OutgoingListQuery(), new OutgoingListQuery(OutgoingTab.All, OutgoingState.Issued, DocumentType.CongVan, May1, May31, "kế hoạch", 1, 20, Unit) })
        {
            Assert.Equal(q, OutgoingListAddress.Keys.ReadStrict(Query(OutgoingListAddress.Keys.Write(q))));
        }

        foreach (var q in new[]
        {
            RequestListAddress.Keys.Defaults, new RequestListQuery(RequestTab.All, OwnerWithin: Unit, SubmittedFrom: May1, SubmittedTo: May31),
            new RequestListQuery(RequestTab.Queue, RequestState.Refused, "dân cư", 3, 20, Unit, AnsweredFrom: May1, AnsweredTo: May31),
        })
        {
            Assert.Equal(q, RequestListAddress.Keys.ReadStrict(Query(RequestListAddress.Keys.Write(q))));
        }

        foreach (var happened in Enum.GetValues<DatasetEvent>())
        {
            var q = new DatasetListQuery(DatasetTab.All, DatasetState.Certified, DatasetType.SharedData, "giáo dục", 1, 20, Unit, happened, May1, May31);
            Assert.Equal(q, DatasetListAddress.Keys.ReadStrict(Query(DatasetListAddress.Keys.Write(q))));
            var ever = new DatasetListQuery(Event: happened);
            Assert.Equal(ever, DatasetListAddress.Keys.ReadStrict(Query(DatasetListAddress.Keys.Write(ever))));
        }

        foreach (var q in new[] { new DashboardQuery(), new DashboardQuery(PeriodKind.Quarter, May31, Unit) })
        {
            Assert.Equal(q, DashboardLinks.Keys.ReadStrict(Query(DashboardLinks.Keys.Write(q))));
        }
    }

    [Fact]
    public void TheDefaults_AreAnEmptyAddress_AndAPageIsCountedFromOne()
    {
        Assert.Equal("", TaskListAddress.Keys.Write(new TaskListQuery()));
        Assert.Equal("?tab=Mine", RequestListAddress.Keys.Write(new RequestListQuery(RequestTab.Mine))); // its page opens on the person's own tab
        Assert.Equal("?tab=All", IncomingListAddress.Keys.Write(new IncomingListQuery()));
        Assert.Equal("?tab=All", RequestListAddress.Keys.Write(new RequestListQuery(RequestTab.All)));
        Assert.Equal("?page=3", OutgoingListAddress.Keys.Write(new OutgoingListQuery(Page: 2)));
        Assert.Equal("", OutgoingListAddress.Keys.Write(new OutgoingListQuery(Page: 2), withPage: false));
        Assert.Equal(2, IncomingListAddress.Keys.Read(Query("?page=3")).Page);
    }

    [Fact]
    public void APeriod_SaysWhichMoment_AndATasksDeadlineIsAFilterOfItsOwn()
    {
        var completed = TaskListAddress.Keys.Read(Query("?on=completed&from=2026-05-01&to=2026-05-31&dueTo=2026-05-31"));
        Assert.Equal((May1, May31, (DateOnly?)null, (DateOnly?)May31), (completed.CompletedFrom, completed.CompletedTo, completed.AssignedFrom, completed.DueTo));
        var assigned = TaskListAddress.Keys.Read(Query("?from=2026-05-01"));
        Assert.Equal((May1, (DateOnly?)null), (assigned.AssignedFrom, assigned.DueFrom));
        Assert.Equal("?tab=All&dueFrom=2026-05-01&on=Completed&from=2026-05-01&to=2026-05-31",
            TaskListAddress.Keys.Write(new TaskListQuery(TaskTab.All, DueFrom: May1, CompletedFrom: May1, CompletedTo: May31)));
        Assert.Equal("?tab=Mine&on=Answered&from=2026-05-01", RequestListAddress.Keys.Write(new RequestListQuery(RequestTab.Mine, AnsweredFrom: May1)));
        var certified = DatasetListAddress.Keys.Read(Query("?on=Certified&from=2026-05-01&to=2026-05-31"));
        Assert.Equal((DatasetEvent.Certified, May1, May31), (certified.Event, certified.From, certified.To));
    }

    [Fact]
    public void APage_IgnoresWhatItCannotRead_AndKeepsTheRest()
    {
        var q = TaskListAddress.Keys.Read(Query("?tab=All&state=Nope&unit=abc&from=2026-02-30&page=x&size=0&q=quyết&source=elsewhere&priority=1&whatever=1"));
        Assert.Equal(new TaskListQuery(TaskTab.All, Search: "quyết"), q);
        Assert.Equal(TaskTab.MyUnit, TaskListAddress.Keys.Read(Query("?tab=HandledByMe,Overdue")).Tab); // not the flags' sum
        Assert.Equal(TaskTab.Overdue, TaskListAddress.Keys.Read(Query("?tab=HandledByMe&tab=Overdue")).Tab); // the last one given
        Assert.Equal(20, RequestListAddress.Keys.Read(Query("?size=1000")).PageSize);
        Assert.Equal(Unit, TaskListAddress.Keys.Read(Query($"?lead={Unit}")).LeadWithin); // an old dashboard link still opens its list
        Assert.Equal(new DashboardQuery(Day: new DateOnly(9999, 12, 31)), DashboardLinks.Keys.Read(Query("?period=99&day=9999-12-31&unit=%00")));
    }

    [Fact]
    public void AProgram_IsToldInVietnamese_EachKeyItGotWrong_AndKeysTheListHasNotAreIgnored()
    {
        var refusal = Assert.Throws<ListAddressRefusal>(() => TaskListAddress.Keys.ReadStrict(
            Query("?tab=Everything&state=Nope&unit=abc&to=9999-12-31&page=0&size=500&source=elsewhere&priority=1&whatever=1")));
        Assert.Equal(400, refusal.StatusCode);
        Assert.Equal(["tab", "state", "priority", "unit", "to", "source", "page", "size"], refusal.Errors.Select(e => e[1..e.IndexOf('=')]));
        Assert.Contains("«state=Nope»: không có giá trị này; dùng một trong New, InProgress", refusal.Message);
        Assert.Contains("«to=9999-12-31»: ngày phải viết theo dạng yyyy-MM-dd, từ năm 2000 đến năm 2099", refusal.Message);
        Assert.Contains("«size=500»: số dòng mỗi trang phải là số nguyên từ 1 đến 100", refusal.Message);
        Assert.StartsWith("Tham số của danh sách không hợp lệ: ", refusal.Message);

        var on = Assert.Throws<ListAddressRefusal>(() => RequestListAddress.Keys.ReadStrict(Query("?on=Yesterday&from=2026-05-01")));
        Assert.Contains("«on=Yesterday»: không có mốc này; dùng một trong Submitted, Answered", Assert.Single(on.Errors));
        var both = Assert.Throws<ListAddressRefusal>(() => RequestListAddress.Keys.ReadStrict(Query("?on=Yesterday&to=2026-02-30")));
        Assert.Equal(["on", "to"], both.Errors.Select(e => e[1..e.IndexOf('=')]));

        var twice = Assert.Throws<ListAddressRefusal>(() => TaskListAddress.Keys.ReadStrict(Query("?tab=HandledByMe&tab=Overdue")));
        Assert.Equal("«tab»: chỉ được nêu một lần", Assert.Single(twice.Errors));
        var old = Assert.Throws<ListAddressRefusal>(() => TaskListAddress.Keys.ReadStrict(Query($"?lead={Unit}&completedFrom=2026-05-01")));
        Assert.Equal([$"«lead={Unit}»: tham số này nay là «unit»", "«completedFrom=2026-05-01»: tham số này nay là «on=Completed&from»"], old.Errors);
        Assert.Throws<ListAddressRefusal>(() => RequestListAddress.Keys.ReadStrict(Query($"?owner={Unit}")));
        Assert.Throws<ListAddressRefusal>(() => DatasetListAddress.Keys.ReadStrict(Query("?event=Certified")));
        Assert.Equal(new IncomingListQuery(), IncomingListAddress.Keys.ReadStrict(Query("?lead=abc&owner=x&event=y")));
    }
}
