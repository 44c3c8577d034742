using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Domain.Tasks;
using HueWorkspace.Tests.Builders;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Documents;

public sealed class IncomingAccessTests : IncomingTest
{
    private async Task<bool> SeesAsync(string userName, Guid id)
    {
        await ActAsAsync(userName);
        var inList = (await DocumentQueries.ListAsync(new IncomingListQuery(PageSize: 100))).Items.Any(r => r.Id == id);
        bool byId;
        try
        {
            await DocumentQueries.GetAsync(id);
            byId = true;
        }
        catch (NotFoundException)
        {
            byId = false;
        }

        Assert.Equal(byId, inList); // the list and the page answer alike
        return byId;
    }

    [Theory]
    [InlineData("vp.vanthu", true)]      // the clerk of the registering unit
    [InlineData("vp.lanhdao", true)]     // its leader
    [InlineData("chutich", true)]        // a leader above it
    [InlineData("khcn.lanhdao", false)]  // another unit, not (yet) directed to it
    [InlineData("tc.chuyenvien", false)]
    [InlineData("vnpt.khaithac", false)] // an outside requester
    public async Task AnOrdinaryDocument_IsSeenByItsUnitAndTheLeadersAbove(string userName, bool sees)
    {
        var (id, _) = await RegisterAsync();
        Assert.Equal(sees, await SeesAsync(userName, id));
    }

    [Fact]
    public async Task AfterTheDirection_TheNamedUnitsSeeIt_OthersStillDoNot()
    {
        var id = await PresentedAsync();
        await ActAsAsync("chutich");
        await Documents.DirectAsync(id, await DocumentVersionAsync(id), new DirectIncoming("Giao Sở KH&CN.",
            new TaskUnitDue(await DemoActors.UnitIdAsync(Db, "SKHCN"), "", Today.AddDays(10)), []));
        Assert.True(await SeesAsync("khcn.chuyenvien", id));
        Assert.False(await SeesAsync("ioc.lanhdao", id)); // a unit below the lead unit, not named
        Assert.False(await SeesAsync("tc.lanhdao", id));
    }

    [Fact]
    public async Task ASecretDocument_IsSeenOnlyByItsAccessList_NotByRankOrUnit()
    {
        var (id, _) = await RegisterAsync(letter: await LetterAsync(secrecy: DocumentConfidentiality.Mat));
        Assert.True(await SeesAsync("vp.vanthu", id));     // registered it
        Assert.False(await SeesAsync("vp.lanhdao", id));   // same unit, a leader
        Assert.False(await SeesAsync("chutich", id));      // the top, not yet presented

        await ActAsAsync("vp.vanthu");
        await Documents.PresentAsync(id, await DocumentVersionAsync(id), await DemoActors.UserIdAsync(Db, "chutich"));
        Assert.True(await SeesAsync("chutich", id));
        Assert.False(await SeesAsync("phochutich", id));

        // Search does not reveal it either.
        await ActAsAsync("vp.lanhdao");
        Assert.DoesNotContain((await DocumentQueries.ListAsync(new IncomingListQuery(Search: "trien khai quyet dinh"))).Items, r => r.Id == id);
    }

    [Fact]
    public async Task Search_IgnoresDiacritics_AndFindsEveryField()
    {
        var (id, _) = await RegisterAsync();
        var (other, _) = await RegisterAsync(letter: await LetterAsync(symbol: "77/SXD-QLN", issuer: "Sở Xây dựng", excerpt: "Về kế hoạch chiếu sáng đô thị"));
        await ActAsAsync("vp.vanthu");
        foreach (var (text, expected) in new[]
                 {
                     ("quyet dinh 41", id), ("Quyết định", id), ("bo thong tin", id), ("1234/BTTTT", id), ("trien khai nen tang", id),
                     ("chieu sang", other), ("do thi", other), ("so xay dung", other), ("77/SXD", other), ("Nguyen Van A", id),
                 })
        {
            var found = (await DocumentQueries.ListAsync(new IncomingListQuery(Search: text))).Items.Select(r => r.Id).ToList();
            Assert.Contains(expected, found);
            Assert.DoesNotContain(expected == id ? other : id, found.Where(_ => text is not "Nguyen Van A"));
        }

        Assert.Empty((await DocumentQueries.ListAsync(new IncomingListQuery(Search: "khong co van ban nay"))).Items);
    }

    [Fact]
    public async Task EveryView_IsRecorded_AndShownToTheClerkAndLeaders()
    {
        var (id, _) = await RegisterAsync();
        await ActAsAsync("vp.lanhdao");
        await DocumentQueries.GetAsync(id);
        await ActAsAsync("vp.vanthu");
        var detail = await DocumentQueries.GetAsync(id);
        Assert.Equal(["Hoàng Thị Lan", "Nguyễn Đức Thắng"], detail.Views.Select(v => v.UserName));
        await using var db = Db.CreateDbContext();
        Assert.Equal(2, await db.DocumentViews.CountAsync(v => v.DocumentId == id));
    }

    /// <summary>Issue 24: arrival numbers are per register, so a list that holds several registers names each row's.</summary>
    [Fact]
    public async Task TheSameArrivalNumberInTwoRegisters_IsToldApartByItsUnit()
    {
        var (office, officeNumber) = await RegisterAsync("vp.vanthu");
        var (finance, financeNumber) = await RegisterAsync("tc.vanthu", await LetterAsync("88/STC-NS", "Bộ Tài chính"));
        Assert.Equal(officeNumber.Split(' ')[0], financeNumber.Split(' ')[0]);
        await ActAsAsync("chutich");
        var rows = (await DocumentQueries.ListAsync(new IncomingListQuery(IncomingTab.All, PageSize: 100))).Items;
        Assert.Equal("Văn phòng UBND thành phố", rows.Single(r => r.Id == office).RegisterName);
        Assert.Equal("Sở Tài chính", rows.Single(r => r.Id == finance).RegisterName);
    }

    /// <summary>Issue 24: the incoming list opens on each person's own queue.</summary>
    [Theory]
    [InlineData("vp.vanthu", IncomingTab.Queue)]
    [InlineData("chutich", IncomingTab.All)]
    [InlineData("khcn.lanhdao", IncomingTab.All)]
    [InlineData("khcn.chuyenvien", IncomingTab.All)]
    public async Task EachPerson_OpensOnTheirOwnQueue(string user, IncomingTab opens) =>
        Assert.Equal(opens, IncomingTabs.DefaultFor(await DemoActors.ForAsync(Db, user)));
}

public sealed class SavedSearchTests : IncomingTest
{
    private SavedSearchService Searches => new(Db, User, FakeClock);

    [Fact]
    public async Task ASavedSearch_IsThePersonsOwn_AndKeepsTheListsQuestion()
    {
        await ActAsAsync("vp.vanthu");
        var id = await Searches.SaveAsync("documents", "Khẩn chưa xử lý", "?tab=Queue&urgency=Khan");
        Assert.Equal("?tab=Queue&urgency=Khan", Assert.Single(await Searches.ListAsync("documents")).Query);

        // Somebody else sees none of it and cannot delete it.
        await ActAsAsync("tc.vanthu");
        Assert.Empty(await Searches.ListAsync("documents"));
        await Assert.ThrowsAsync<NotFoundException>(() => Searches.DeleteAsync(id));

        await ActAsAsync("vp.vanthu");
        await Searches.DeleteAsync(id);
        Assert.Empty(await Searches.ListAsync("documents"));
    }

    [Theory]
    [InlineData("", "?q=x", "Vui lòng nhập tên tìm kiếm.")]
    [InlineData("Tên", "https://evil.example/?q=x", "Điều kiện tìm kiếm không hợp lệ.")]
    [InlineData("Tên", "?q=\u0000", "Điều kiện tìm kiếm không hợp lệ.")]
    public async Task ABadNameOrQuery_IsRefused(string name, string query, string message)
    {
        await ActAsAsync("vp.vanthu");
        Assert.Equal(message, (await Assert.ThrowsAsync<DomainException>(() => Searches.SaveAsync("documents", name, query))).Message);
    }
}
