using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Documents;
using HueWorkspace.Tests.Builders;

namespace HueWorkspace.Tests.Domain.Documents;

/// <summary>
/// Who signs in which capacity (Nghị định 30 Art. 13): ký trực tiếp and Q. by the unit's leader, TM. for a collective
/// body, TL. by the head of the office below, KT. and TUQ. only within a recorded, time-limited authorisation that is
/// never passed on.
/// </summary>
public sealed class SigningAuthorityTests : OutgoingTest
{
    /// <summary>A draft of the People's Committee (drafted by the office's specialist) waiting for <paramref name="signer"/>'s signature.</summary>
    private async Task<Guid> CommitteeDraftAsync(string signer)
    {
        await ActAsAsync("vp.chuyenvien");
        var id = await DraftAsync("vp.chuyenvien", await DraftCommandAsync(issuer: "UBND", signer: signer, type: DocumentType.QuyetDinh, to: ["SKHCN"]));
        await AdvanceAsync(id, OutgoingState.AwaitingSignature, unit: "vp");
        return id;
    }

    private async Task<DomainException> SignRefusedAsync(Guid id, string signer, SigningCapacity capacity)
    {
        await ActAsAsync(signer);
        var version = await OutVersionAsync(id);
        var refused = await Assert.ThrowsAnyAsync<DomainException>(() => Outgoing.SignAsync(id, version, capacity));
        Assert.Equal(OutgoingState.AwaitingSignature, (await ReloadOutgoingAsync(id)).State);
        Assert.Equal(version, await OutVersionAsync(id));
        return refused;
    }

    [Fact]
    public async Task TheChairman_SignsOnBehalfOfTheCommittee_ButADepartmentCannotSignTM()
    {
        var committee = await CommitteeDraftAsync("chutich");
        await ActAsAsync("chutich");
        await Outgoing.SignAsync(committee, await OutVersionAsync(committee), SigningCapacity.TM);
        Assert.Equal(SigningCapacity.TM, (await ReloadOutgoingAsync(committee)).Capacity);

        var department = await DraftAsync();
        await AdvanceAsync(department, OutgoingState.AwaitingSignature);
        Assert.Contains("tập thể", (await SignRefusedAsync(department, "khcn.lanhdao", SigningCapacity.TM)).Message);
    }

    [Fact]
    public async Task TheOfficeChief_SignsByOrder_TL_ButNotDirectly()
    {
        var id = await CommitteeDraftAsync("vp.lanhdao");
        Assert.Contains("Chỉ lãnh đạo UBND thành phố Huế", (await SignRefusedAsync(id, "vp.lanhdao", SigningCapacity.Direct)).Message);
        await ActAsAsync("vp.lanhdao");
        await Outgoing.SignAsync(id, await OutVersionAsync(id), SigningCapacity.TL);
        Assert.Equal(OutgoingState.Signed, (await ReloadOutgoingAsync(id)).State);
    }

    [Fact]
    public async Task KT_NeedsTheLeadersDesignationForTheDay_AndTUQ_AWrittenAuthorisation()
    {
        var id = await CommitteeDraftAsync("phochutich");
        Assert.Contains("Chưa có văn bản phân công ký thay", (await SignRefusedAsync(id, "phochutich", SigningCapacity.KT)).Message);

        await ActAsAsync("chutich");
        await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, await DemoActors.UserIdAsync(Db, "phochutich"), Today, Today.AddDays(10)));
        await ActAsAsync("phochutich");
        await Outgoing.SignAsync(id, await OutVersionAsync(id), SigningCapacity.KT);
        var signed = await ReloadOutgoingAsync(id);
        Assert.Equal((SigningCapacity.KT, "Trần Thị Thu Hà"), (signed.Capacity, signed.SignerName));
        Assert.NotNull(signed.AuthorisationId);

        var tuq = await CommitteeDraftAsync("vp.lanhdao");
        Assert.Contains("Chưa có giấy ủy quyền (TUQ.)", (await SignRefusedAsync(tuq, "vp.lanhdao", SigningCapacity.TUQ)).Message);
        await ActAsAsync("chutich");
        var noPaper = await Assert.ThrowsAsync<DomainException>(async () =>
            await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, await DemoActors.UserIdAsync(Db, "vp.lanhdao"), Today, Today.AddDays(30))));
        Assert.Contains("giấy ủy quyền", noPaper.Message);
        await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, await DemoActors.UserIdAsync(Db, "vp.lanhdao"), Today, Today.AddDays(30), "05/GUQ-UBND ngày 20/11/2026"));
        await ActAsAsync("vp.lanhdao");
        await Outgoing.SignAsync(tuq, await OutVersionAsync(tuq), SigningCapacity.TUQ);
        Assert.Equal(SigningCapacity.TUQ, (await ReloadOutgoingAsync(tuq)).Capacity);
    }

    [Fact]
    public async Task AnExpiredAuthorisation_RefusesWithTheDateItEnded_ARevokedOneSaysSo_AndAFutureOneSaysWhenItStarts()
    {
        var id = await CommitteeDraftAsync("vp.lanhdao");
        var holder = await DemoActors.UserIdAsync(Db, "vp.lanhdao");
        await ActAsAsync("chutich");
        var authorisation = await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, holder, Today.AddDays(-5), Today.AddDays(2), "05/GUQ-UBND"));
        FakeClock.Advance(TimeSpan.FromDays(3));
        Assert.Contains("đã hết hạn ngày 28/11/2026", (await SignRefusedAsync(id, "vp.lanhdao", SigningCapacity.TUQ)).Message);

        await ActAsAsync("chutich");
        await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, holder, Today.AddDays(10), Today.AddDays(20), "06/GUQ-UBND"));
        Assert.Contains("có hiệu lực từ ngày 06/12/2026", (await SignRefusedAsync(id, "vp.lanhdao", SigningCapacity.TUQ)).Message);

        await ActAsAsync("chutich");
        var current = await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, holder, Today.AddDays(3), Today.AddDays(40), "07/GUQ-UBND"));
        await Outgoing.RevokeAsync(current);
        Assert.Contains("đã bị thu hồi", (await SignRefusedAsync(id, "vp.lanhdao", SigningCapacity.TUQ)).Message);
        Assert.NotEqual(authorisation, current);
    }

    [Fact]
    public async Task AnAuthorisation_IsGivenOnlyByALeaderInTheirOwnRight_NeverPassedOn_NotToOneself_AndForAtMostAYear()
    {
        var holder = await DemoActors.UserIdAsync(Db, "vp.lanhdao");
        await ActAsAsync("chutich");
        await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Authorisation, holder, Today, Today.AddDays(30), "05/GUQ-UBND"));
        Assert.Contains("một năm", (await Assert.ThrowsAsync<DomainException>(() =>
            Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, holder, Today, Today.AddDays(400))))).Message);
        Assert.Contains("chính mình", (await Assert.ThrowsAsync<DomainException>(async () =>
            await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, await DemoActors.UserIdAsync(Db, "chutich"), Today, Today.AddDays(3))))).Message);

        // The office's chief holds a TUQ. of the committee, and leads the office: he may name a deputy for the office only.
        await ActAsAsync("vp.lanhdao");
        var office = await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, await DemoActors.UserIdAsync(Db, "vp.chuyenvien"), Today, Today.AddDays(3)));
        await using (var db = Db.CreateDbContext())
        {
            Assert.Equal(await DemoActors.UnitIdAsync(Db, "VPUBND"), db.SigningAuthorisations.Single(a => a.Id == office).UnitId);
        }

        // A specialist holding nothing in their own right cannot give anything, whatever they hold.
        await ActAsAsync("khcn.chuyenvien");
        var refused = await Assert.ThrowsAsync<ForbiddenException>(async () =>
            await Outgoing.GrantAsync(new GrantAuthorisation(AuthorisationKind.Deputy, await DemoActors.UserIdAsync(Db, "khcn.dulieu"), Today, Today.AddDays(3))));
        Assert.Contains("không được ủy quyền lại", refused.Message);
    }

    [Fact]
    public async Task TheRules_WithoutADatabase_ReadAsTheLawSays()
    {
        await using var db = Db.CreateDbContext();
        var tree = await new HueWorkspace.Domain.Organization.OrganizationDirectory().TreeAsync(db, default);
        var committee = tree.Roots.Single(u => u.Kind == HueWorkspace.Domain.Organization.UnitKind.PeoplesCommittee);
        var chairman = await DemoActors.ForAsync(Db, "chutich");
        var specialist = await DemoActors.ForAsync(Db, "vp.chuyenvien");
        Assert.Null(SigningRules.Check(SigningCapacity.Q, chairman, committee, tree, [], Today));
        Assert.Throws<DomainException>(() => SigningRules.Check(SigningCapacity.Direct, specialist, committee, tree, [], Today));
        Assert.Throws<DomainException>(() => SigningRules.Check((SigningCapacity)42, chairman, committee, tree, [], Today));

        // Outside organisations sit at the root of the tree too; the city's leaders do not lead them.
        var outside = tree.Roots.First(u => u.Kind == HueWorkspace.Domain.Organization.UnitKind.ExternalOrganisation);
        Assert.False(SigningRules.LeadsInOwnRight(chairman, outside));
        Assert.Equal([committee.Id], tree.Units.Where(u => SigningRules.LeadsInOwnRight(chairman, u)).Select(u => u.Id));
    }
}
