using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Datasets;

/// <summary>The catalogue's rules (Art. 4.2, 5, 20, 24, 30): one owner, no duplicates, what may be public, keeping current.</summary>
public sealed class DatasetServiceTests : DatasetTest
{
    [Fact]
    public async Task ADraft_IsTheOwnerUnits_AndRegisteringPutsItInTheCatalogue()
    {
        var id = await CreateAsync();
        var d = await ReloadDatasetAsync(id);
        Assert.Equal((DatasetState.Draft, await DemoActors.UnitIdAsync(Db, "SYT")), (d.State, d.OwnerUnitId));
        await ActAsAsync("khcn.lanhdao");
        await Assert.ThrowsAsync<NotFoundException>(() => DatasetQueries.GetAsync(id));
        await ActAsAsync("yt.chuyenvien");
        Assert.Equal([DatasetOperation.View], (await DatasetQueries.GetAsync(id)).Allowed);

        await ActAsAsync("yt.dulieu");
        await Datasets.RegisterAsync(id, await DatasetVersionAsync(id));
        await ActAsAsync("tc.chuyenvien");
        Assert.Equal(DatasetState.Registered, (await DatasetQueries.GetAsync(id)).Dataset.State);
    }

    /// <summary>Issue 24: the catalogue finds a dataset by the unit that owns it, without diacritics.</summary>
    [Fact]
    public async Task ADataset_IsFoundByTheUnitThatOwnsIt()
    {
        var id = await RegisteredAsync();
        await ActAsAsync("khcn.lanhdao");
        foreach (var (search, found) in new[] { ("so y te", true), ("Sở Y tế", true), ("SYT", true), ("so khoa hoc", false) })
        {
            Assert.True(found == (await DatasetQueries.ListAsync(new DatasetListQuery(Search: search, PageSize: 100))).Items.Any(d => d.Id == id), search);
        }
    }

    [Fact]
    public async Task OnlyAUnitsLeaderOrDataOfficer_DescribesItsData_AndOutsideRequestersNever()
    {
        foreach (var who in new[] { "yt.chuyenvien", "vnpt.khaithac", "tc.vanthu" })
        {
            await ActAsAsync(who);
            await Assert.ThrowsAsync<ForbiddenException>(() => Datasets.CreateAsync(Input()));
        }
    }

    [Fact]
    public async Task TheSameNameUnderTheSameOwner_InAnyOrderOrSpelling_IsRefused()
    {
        await RegisteredAsync();
        var again = await CreateAsync(input: Input(name: "co so kham benh chua benh tren dia ban THANH PHO"));
        await Assert.ThrowsAsync<DomainException>(async () => await Datasets.RegisterAsync(again, await DatasetVersionAsync(again)));
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Datasets.RegisterAsync(again, await DatasetVersionAsync(again), "Lý do"));
        Assert.Contains("cùng tên", refused.Message);
        Assert.Equal(DatasetState.Draft, (await ReloadDatasetAsync(again)).State);
    }

    [Fact]
    public async Task ANearDuplicate_NeedsAJustification_AndIsFlaggedToThePlatformAuthority()
    {
        var first = await RegisteredAsync();
        var near = await CreateAsync("ioc.chuyenvien", Input(name: "Cơ sở khám chữa bệnh thành phố", description: "Camera giám sát tại cơ sở y tế."));
        var refused = await Assert.ThrowsAsync<DomainException>(async () => await Datasets.RegisterAsync(near, await DatasetVersionAsync(near)));
        Assert.Contains("gần trùng", refused.Message);
        Assert.Contains("Sở Y tế", refused.Message);

        await Datasets.RegisterAsync(near, await DatasetVersionAsync(near), "Chỉ gồm các cơ sở đã kết nối camera của IOC.");
        var d = await ReloadDatasetAsync(near);
        Assert.Equal((DatasetState.Registered, first), (d.State, d.SimilarToId!.Value));
        var authority = await DemoActors.UserIdAsync(Db, "khcn.dulieu");
        Assert.Contains(Publisher.Published, n => n.RecipientId == authority && n.Kind == NotificationKinds.DatasetNearDuplicate);
    }

    [Fact]
    public async Task TheSuggestions_AsOneTypes_ShowTheClosestWithAScore_AndNeverWhatThePersonMayNotSee()
    {
        await RegisteredAsync();
        var secret = await CreateAsync("khcn.dulieu", Input(name: "Sự cố an toàn thông tin tại cơ sở khám bệnh", secret: true, isPublic: false));
        await Datasets.RegisterAsync(secret, await DatasetVersionAsync(secret), "Dữ liệu về sự cố, không phải danh sách cơ sở.");
        await ActAsAsync("ioc.chuyenvien");
        var suggested = await DatasetQueries.SuggestAsync("kham chua benh", null, null);
        var top = Assert.Single(suggested);
        Assert.Equal(("Cơ sở khám bệnh, chữa bệnh trên địa bàn thành phố", "Sở Y tế", 1.0), (top.Name, top.OwnerName, top.Score));
    }

    [Fact]
    public async Task PersonalData_AndStateSecrets_AreNeverPublic()
    {
        await ActAsAsync("yt.dulieu");
        Assert.Contains("dữ liệu cá nhân", (await Assert.ThrowsAsync<DomainException>(() => Datasets.CreateAsync(Input(personal: true)))).Message);
        Assert.Contains("bí mật nhà nước", (await Assert.ThrowsAsync<DomainException>(() => Datasets.CreateAsync(Input(secret: true)))).Message);
    }

    [Fact]
    public async Task AStateSecret_IsSeenOnlyByItsOwnerAndThePlatformAuthority_AndRequestersSeeOnlyCertifiedData()
    {
        var secret = await RegisteredAsync("yt.dulieu", Input(secret: true, isPublic: false));
        var ordinary = await RegisteredAsync("yt.dulieu", Input(name: "Nhà thuốc GPP"));
        foreach (var (who, sees) in new[] { ("yt.chuyenvien", true), ("khcn.chuyenvien", true), ("tc.lanhdao", false), ("chutich", false) })
        {
            await ActAsAsync(who);
            var listed = (await DatasetQueries.ListAsync(new DatasetListQuery())).Items.Select(r => r.Id).ToList();
            Assert.Equal(sees, listed.Contains(secret));
            Assert.Contains(ordinary, listed);
        }

        await ActAsAsync("vnpt.khaithac");
        Assert.Empty((await DatasetQueries.ListAsync(new DatasetListQuery())).Items);
        await Assert.ThrowsAsync<NotFoundException>(() => DatasetQueries.GetAsync(ordinary));
    }

    [Fact]
    public async Task AnUpdateOverdueAgainstItsFrequency_ShowsOnTheDatasetAndInTheOwnersList()
    {
        var id = await RegisteredAsync();
        await Datasets.RecordUpdateAsync(id, await DatasetVersionAsync(id), Today.AddMonths(-1).AddDays(-1));
        Assert.True((await DatasetQueries.GetAsync(id)).UpdateOverdue);
        Assert.True(Assert.Single((await DatasetQueries.ListAsync(new DatasetListQuery(DatasetTab.Mine))).Items).UpdateOverdue);
        await Datasets.RecordUpdateAsync(id, await DatasetVersionAsync(id), Today);
        Assert.False((await DatasetQueries.GetAsync(id)).UpdateOverdue);
        Assert.Contains("5 năm", (await Assert.ThrowsAsync<DomainException>(async () => await Datasets.RecordUpdateAsync(id, await DatasetVersionAsync(id), Today.AddDays(1)))).Message);
    }

    [Fact]
    public async Task OnlyACertifiedDataset_IsPublished_AndOnlyWithOpenFormats()
    {
        var id = await RegisteredAsync();
        await Assert.ThrowsAsync<DomainException>(async () => await Datasets.PublishAsync(id, await DatasetVersionAsync(id)));
        var pdf = await StageAsync("bao-cao.pdf", System.Text.Encoding.ASCII.GetBytes("%PDF-1.4\n%%EOF\n"));
        Assert.Contains("CSV hoặc JSON", (await Assert.ThrowsAsync<DomainException>(async () => await Datasets.AddFilesAsync(id, await DatasetVersionAsync(id), [pdf]))).Message);
    }

    [Fact]
    public async Task ThePlatformAuthority_KeepsTheManagedCodeLists_AndADatasetMayOnlyNameListsFromIt()
    {
        await ActAsAsync("yt.dulieu");
        await Assert.ThrowsAsync<ForbiddenException>(() => Datasets.AddCodeListAsync("DMBV", "Danh mục bệnh viện", false));
        await ActAsAsync("khcn.dulieu");
        var list = await Datasets.AddCodeListAsync("dmbv", "Danh mục bệnh viện", false);
        Assert.Contains("đã có", (await Assert.ThrowsAsync<DomainException>(() => Datasets.AddCodeListAsync("DMBV", "Trùng mã", false))).Message);
        Assert.Contains(await DatasetQueries.CodeListsAsync(), c => c.Id == list && c.Code == "DMBV");

        await ActAsAsync("yt.dulieu");
        Assert.Contains("danh sách được quản lý", (await Assert.ThrowsAsync<DomainException>(() => Datasets.CreateAsync(Input() with { CodeListIds = [Guid.NewGuid()] }))).Message);
        var id = await Datasets.CreateAsync(Input() with { CodeListIds = [list] });
        Assert.Equal("DMBV", Assert.Single((await DatasetQueries.GetAsync(id)).CodeLists).Code);
    }

    [Fact]
    public async Task FilesOfADatasetNotYetPublished_AreTheOwnersAndThePlatformAuthoritys_OthersAskForTheData()
    {
        var id = await RegisteredAsync();
        var csv = await StageAsync("du-lieu.csv", System.Text.Encoding.UTF8.GetBytes("a,b\n1,2\n"));
        await Datasets.AddFilesAsync(id, await DatasetVersionAsync(id), [csv]);
        var file = Assert.Single((await DatasetQueries.GetAsync(id)).Files);
        foreach (var (who, may) in new[] { ("yt.chuyenvien", true), ("khcn.chuyenvien", true), ("tc.lanhdao", false), ("chutich", false) })
        {
            await ActAsAsync(who);
            if (may)
            {
                Assert.Equal(file.Id, (await DatasetQueries.GetFileAsync(id, file.Id)).Id);
            }
            else
            {
                Assert.Contains("Điều 27.2", (await Assert.ThrowsAsync<ForbiddenException>(() => DatasetQueries.GetFileAsync(id, file.Id))).Message);
            }
        }
    }
}
