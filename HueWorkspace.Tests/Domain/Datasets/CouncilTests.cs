using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Datasets;
using HueWorkspace.Domain.Notifications;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Datasets;

/// <summary>
/// The Art. 5 council: composition, the checklist before the vote, one vote per member counted even when cast at once,
/// nothing after the close, no close without quorum, the outcome by the rule and never by the chair, the certificate.
/// </summary>
public sealed class CouncilTests : DatasetTest
{
    [Theory]
    [InlineData(new[] { "khcn.lanhdao", "yt.dulieu" }, "Văn phòng UBND")]
    [InlineData(new[] { "vp.lanhdao", "yt.dulieu", "tc.lanhdao" }, "Cơ quan quản lý nền tảng")]
    [InlineData(new[] { "vp.lanhdao", "khcn.lanhdao", "tc.lanhdao" }, "Cơ quan chủ trì quản lý dữ liệu")]
    public async Task ACouncil_WithoutEachBodyOfArticle5_IsRefused_AndTheDatasetStaysRegistered(string[] members, string missing)
    {
        var id = await RegisteredAsync();
        var chair = members.Contains("khcn.lanhdao") ? "khcn.lanhdao" : members[0];
        var refused = await Assert.ThrowsAsync<DomainException>(() => OpenCouncilAsync(id, members, chair));
        Assert.Contains(missing, refused.Message);
        Assert.Equal(DatasetState.Registered, (await ReloadDatasetAsync(id)).State);
    }

    [Fact]
    public async Task OnlyThePlatformAuthority_OpensAReview_AndTheChairIsAMember()
    {
        var id = await RegisteredAsync();
        await ActAsAsync("yt.dulieu");
        var members = new List<Guid>();
        foreach (var m in UsualMembers)
        {
            members.Add(await DemoActors.UserIdAsync(Db, m));
        }

        await Assert.ThrowsAsync<ForbiddenException>(async () => await Councils.OpenAsync(id, await DatasetVersionAsync(id), Today, members, members[0]));
        await ActAsAsync("khcn.dulieu");
        Assert.Contains("thành viên", (await Assert.ThrowsAsync<DomainException>(async () =>
            await Councils.OpenAsync(id, await DatasetVersionAsync(id), Today, members, await DemoActors.UserIdAsync(Db, "chutich")))).Message);
        var council = await Councils.OpenAsync(id, await DatasetVersionAsync(id), Today, members, members[1]);
        Assert.Equal(DatasetState.UnderReview, (await ReloadDatasetAsync(id)).State);
        Assert.Contains(Publisher.Published, n => n.RecipientId == members[0] && n.Kind == NotificationKinds.CouncilMember && n.Link == $"/councils/{council}");
    }

    [Fact]
    public async Task AllAgree_TheDatasetIsCertified_WithANumberedCertificateForAYear_AndTheOwnerAndLeadersAreTold()
    {
        var id = await RegisteredAsync();
        var council = await OpenCouncilAsync(id);
        foreach (var member in UsualMembers)
        {
            await ReviewAsync(council, member, Vote.Agree);
        }

        await ActAsAsync("khcn.lanhdao");
        Assert.True(await Councils.CloseAsync(council));
        var d = await ReloadDatasetAsync(id);
        Assert.Equal((DatasetState.Certified, "001/2026/GCN-DLS", Today, Today.AddYears(1)), (d.State, d.CertificateNumber, d.CertifiedOn!.Value, d.CertificateExpiresOn!.Value));
        foreach (var told in new[] { "yt.dulieu", "chutich", "phochutich" })
        {
            var person = await DemoActors.UserIdAsync(Db, told);
            Assert.Contains(Publisher.Published, n => n.RecipientId == person && n.Kind == NotificationKinds.CouncilOutcome);
        }

        await ActAsAsync("yt.dulieu");
        Assert.Contains("tệp dữ liệu mở", (await Assert.ThrowsAsync<DomainException>(async () => await Datasets.PublishAsync(id, await DatasetVersionAsync(id)))).Message);
        await PublishWithFileAsync(id);
        Assert.Equal(DatasetState.Published, (await ReloadDatasetAsync(id)).State);
    }

    [Fact]
    public async Task OneBodyDisagreeing_MeansNotCertified_UnderTheDefaultRule_EvenWithAMajority_AndTheReasonsAreKept()
    {
        var id = await RegisteredAsync();
        var council = await OpenCouncilAsync(id, ["vp.lanhdao", "vp.chuyenvien", "khcn.lanhdao", "yt.dulieu"]);
        await ReviewAsync(council, "vp.lanhdao", Vote.Disagree, "Chưa số hóa trên nền tảng dùng chung.", Verdict.NotMet);
        await ReviewAsync(council, "vp.chuyenvien", Vote.Disagree, "Đồng ý với lãnh đạo văn phòng.");
        await ReviewAsync(council, "khcn.lanhdao", Vote.Agree);
        await ReviewAsync(council, "yt.dulieu", Vote.Agree);
        await ActAsAsync("khcn.lanhdao");
        Assert.False(await Councils.CloseAsync(council));
        var d = await ReloadDatasetAsync(id);
        Assert.Equal(DatasetState.NotCertified, d.State);
        Assert.Contains("Chưa số hóa trên nền tảng dùng chung.", d.NotCertifiedReasons);
        Assert.Contains("3. Số hóa", d.NotCertifiedReasons);
    }

    [Fact]
    public async Task UnderTheMajorityRule_TheSameVotes_Certify()
    {
        Options.DecisionRule = DecisionRule.Majority;
        var id = await RegisteredAsync();
        var council = await OpenCouncilAsync(id, ["vp.lanhdao", "khcn.lanhdao", "khcn.dulieu", "yt.dulieu"]);
        await ReviewAsync(council, "vp.lanhdao", Vote.Disagree, "Chưa đủ.");
        await ReviewAsync(council, "khcn.lanhdao", Vote.Agree);
        await ReviewAsync(council, "khcn.dulieu", Vote.Agree);
        await ActAsAsync("khcn.lanhdao");
        Assert.Contains("hơn một nửa", (await Assert.ThrowsAsync<DomainException>(() => Councils.CloseAsync(council))).Message);
        await ReviewAsync(council, "yt.dulieu", Vote.Agree);
        await ActAsAsync("khcn.lanhdao");
        Assert.True(await Councils.CloseAsync(council));
    }

    [Fact]
    public async Task AVote_NeedsTheWholeChecklistFirst_AndADisagreementNeedsAReason()
    {
        var council = await OpenCouncilAsync(await RegisteredAsync());
        await ActAsAsync("vp.lanhdao");
        await Councils.CheckAsync(council, Criterion.OneOwner, Verdict.Met, null);
        Assert.Contains("1/5", (await Assert.ThrowsAsync<DomainException>(() => Councils.VoteAsync(council, Vote.Agree, null))).Message);
        foreach (var criterion in Council.Criteria)
        {
            await Councils.CheckAsync(council, criterion, Verdict.Met, null);
        }

        Assert.Contains("lý do không đồng ý", (await Assert.ThrowsAsync<DomainException>(() => Councils.VoteAsync(council, Vote.Disagree, " "))).Message);
        await Councils.VoteAsync(council, Vote.Agree, null);
        // One vote per member: voting again changes it, it does not add a second.
        await Councils.VoteAsync(council, Vote.Disagree, "Xem lại tiêu chí 4.");
        var mine = Assert.Single((await CouncilQueries.GetAsync(council)).Members, m => m.Vote is not null);
        Assert.Equal(Vote.Disagree, mine.Vote!.Vote);
    }

    [Fact]
    public async Task NonMembers_CannotVote_AndDoNotSeeAReviewInSession()
    {
        var council = await OpenCouncilAsync(await RegisteredAsync());
        await ActAsAsync("khcn.dulieu");
        Assert.Equal(CouncilRelation.Organiser, (await CouncilQueries.GetAsync(council)).Relation);
        await Assert.ThrowsAsync<ForbiddenException>(() => Councils.VoteAsync(council, Vote.Agree, null));
        foreach (var outsider in new[] { "yt.chuyenvien", "chutich", "tc.lanhdao", "vnpt.khaithac" })
        {
            await ActAsAsync(outsider);
            await Assert.ThrowsAsync<NotFoundException>(() => CouncilQueries.GetAsync(council));
            await Assert.ThrowsAsync<NotFoundException>(() => Councils.CheckAsync(council, Criterion.OneOwner, Verdict.Met, null));
            Assert.DoesNotContain((await CouncilQueries.ListAsync()), r => r.Id == council);
        }
    }

    [Fact]
    public async Task TwoMembersVotingAtTheSameMoment_BothCount()
    {
        var council = await OpenCouncilAsync(await RegisteredAsync());
        foreach (var member in UsualMembers)
        {
            await ActAsAsync(member);
            foreach (var criterion in Council.Criteria)
            {
                await Councils.CheckAsync(council, criterion, Verdict.Met, null);
            }
        }

        var services = new List<CouncilService>();
        foreach (var member in UsualMembers)
        {
            services.Add(new CouncilService(new(Db, new TestCurrentUser { Actor = await DemoActors.ForAsync(Db, member) }, Publisher, FakeClock, new(), new()), Options));
        }

        await Task.WhenAll(services.Select(s => Task.Run(() => s.VoteAsync(council, Vote.Agree, null))));
        await ActAsAsync("khcn.lanhdao");
        Assert.Equal(3, (await CouncilQueries.GetAsync(council)).Members.Count(m => m.Vote is not null));
        Assert.True(await Councils.CloseAsync(council));
    }

    [Fact]
    public async Task TheChairAlone_Closes_OnlyWithQuorum_AndAfterTheCloseNothingChanges()
    {
        var id = await RegisteredAsync();
        var council = await OpenCouncilAsync(id);
        await ReviewAsync(council, "vp.lanhdao", Vote.Agree);
        await ReviewAsync(council, "yt.dulieu", Vote.Agree);
        await ActAsAsync("yt.dulieu");
        Assert.Contains("chủ tịch", (await Assert.ThrowsAsync<ForbiddenException>(() => Councils.CloseAsync(council))).Message);
        await ActAsAsync("khcn.lanhdao");
        Assert.Contains("2/3", (await Assert.ThrowsAsync<DomainException>(() => Councils.CloseAsync(council))).Message);
        Assert.Equal(CouncilState.Open, (await CouncilQueries.GetAsync(council)).Council.State);

        await ReviewAsync(council, "khcn.lanhdao", Vote.Agree);
        Assert.True(await Councils.CloseAsync(council));
        await ActAsAsync("vp.lanhdao");
        Assert.Contains("đã kết thúc", (await Assert.ThrowsAsync<DomainException>(() => Councils.VoteAsync(council, Vote.Disagree, "Đổi ý."))).Message);
        Assert.Contains("đã kết thúc", (await Assert.ThrowsAsync<DomainException>(() => Councils.CheckAsync(council, Criterion.OneOwner, Verdict.NotMet, null))).Message);
        await ActAsAsync("khcn.lanhdao");
        await Assert.ThrowsAsync<DomainException>(() => Councils.CloseAsync(council));
        Assert.All((await CouncilQueries.GetAsync(council)).Members, m => Assert.Equal(Vote.Agree, m.Vote!.Vote));

        // Closed: the owner unit and the city's leaders read the outcome.
        await ActAsAsync("yt.chuyenvien");
        Assert.Equal(CouncilRelation.Reader, (await CouncilQueries.GetAsync(council)).Relation);
        await ActAsAsync("chutich");
        Assert.Equal(CouncilRelation.Reader, (await CouncilQueries.GetAsync(council)).Relation);
    }

    [Fact]
    public async Task ThePlatformAuthoritysOwnDataset_IsReviewedWithItsPeopleSpeakingForBothBodies()
    {
        var id = await RegisteredAsync("khcn.dulieu", Input(name: "Danh mục dữ liệu dùng chung"));
        var council = await OpenCouncilAsync(id, ["vp.lanhdao", "khcn.lanhdao"]);
        await ReviewAsync(council, "vp.lanhdao", Vote.Agree);
        await ReviewAsync(council, "khcn.lanhdao", Vote.Agree);
        Assert.True(await Councils.CloseAsync(council));
    }
}
