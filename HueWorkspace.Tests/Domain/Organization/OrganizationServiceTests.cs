using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Organization;

public sealed class OrganizationServiceTests : DatabaseTest
{
    private OrganizationService Service => new(Db, User, TimeProvider.System, Publisher);

    private static UnitInput Input(string code, Guid? parent = null) => new(code, $"Phòng {code}", UnitKind.Department, parent, new DateOnly(2026, 1, 1));

    [Theory]
    [InlineData("khcn.lanhdao")]
    [InlineData("chutich")]
    [InlineData("tc.chuyenvien")]
    public async Task CreateUnit_ByANonAdministrator_IsForbidden(string userName)
    {
        await ActAsAsync(userName);
        await Assert.ThrowsAsync<ForbiddenException>(() => Service.CreateUnitAsync(Input("NEW")));
        await using var db = Db.CreateDbContext();
        Assert.False(await db.Units.AnyAsync(u => u.Code == "NEW"));
    }

    [Fact]
    public async Task CreateUnit_ByAdministrator_IsSavedUnderItsParentAndAudited()
    {
        var admin = await ActAsAsync("admin");
        var parent = await Builders.DemoActors.UnitIdAsync(Db, "SKHCN");
        var id = await Service.CreateUnitAsync(Input("pcds", parent));
        await using var db = Db.CreateDbContext();
        var unit = await db.Units.SingleAsync(u => u.Id == id);
        Assert.Equal("PCDS", unit.Code);
        Assert.Equal(parent, unit.ParentId);
        var audit = await db.AuditEntries.SingleAsync(e => e.EntityType == nameof(Unit) && e.EntityId == id.ToString());
        Assert.Equal("Created", audit.Action);
        Assert.Equal(admin.UserId, audit.ActorId);
        Assert.Equal(admin.UnitId, audit.ActorUnitId);
        Assert.Contains("Phòng pcds", audit.Changes);
    }

    [Fact]
    public async Task CreateUnit_WithACodeInUse_IsRefusedInVietnamese()
    {
        await ActAsAsync("admin");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.CreateUnitAsync(Input("stc")));
        Assert.Contains("đã được dùng", ex.Message);
    }

    [Fact]
    public async Task MovingAUnitUnderItsOwnChild_IsRefused()
    {
        await ActAsAsync("admin");
        var tree = await Service.GetTreeAsync();
        var science = tree.Units.Single(u => u.Code == "SKHCN");
        var ioc = tree.Units.Single(u => u.Code == "IOC");
        var ex = await Assert.ThrowsAsync<DomainException>(() =>
            Service.UpdateUnitAsync(science.Id, new UnitInput(science.Code, science.Name, science.Kind, ioc.Id, science.EffectiveFrom), science.Version));
        Assert.Contains("cấp dưới", ex.Message);
    }

    [Fact]
    public async Task AUnitCarriesItsIdentifierCode_ForTheNationalExchange_Cleaned()
    {
        await ActAsAsync("admin");
        var unit = (await Service.GetTreeAsync()).Units.Single(u => u.Code == "STC");
        Assert.Equal("000.00.05.H57", unit.AgencyCode);
        await Service.UpdateUnitAsync(unit.Id, new UnitInput("STC", unit.Name, unit.Kind, unit.ParentId, unit.EffectiveFrom, " 000.00.88.H57\u200E "), unit.Version);
        Assert.Equal("000.00.88.H57", (await Service.GetTreeAsync()).Units.Single(u => u.Code == "STC").AgencyCode);
    }

    [Fact]
    public async Task TwoAdministratorsEditingTheSameUnit_TheSecondGetsAConflict_AndNothingIsOverwritten()
    {
        await ActAsAsync("admin");
        var unit = (await Service.GetTreeAsync()).Units.Single(u => u.Code == "STC");
        var staleVersion = unit.Version;
        await Service.UpdateUnitAsync(unit.Id, new UnitInput("STC", "Sở Tài chính thành phố Huế", unit.Kind, unit.ParentId, unit.EffectiveFrom), staleVersion);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            Service.UpdateUnitAsync(unit.Id, new UnitInput("STC", "Tên ghi đè", unit.Kind, unit.ParentId, unit.EffectiveFrom), staleVersion));
        await using var db = Db.CreateDbContext();
        Assert.Equal("Sở Tài chính thành phố Huế", (await db.Units.SingleAsync(u => u.Id == unit.Id)).Name);
    }

    [Fact]
    public async Task PlatformAuthority_IsHeldByExactlyOneUnit()
    {
        await ActAsAsync("admin");
        var finance = await Builders.DemoActors.UnitIdAsync(Db, "STC");
        await Service.SetPlatformAuthorityAsync(finance);
        var tree = await Service.GetTreeAsync();
        Assert.Equal(finance, tree.PlatformAuthority!.Id);
        Assert.Single(tree.Units, u => u.IsPlatformAuthority);
        Assert.Equal("VPUBND", tree.PeoplesCommitteeOffice!.Code);
    }

    [Fact]
    public async Task Assign_GivesUnitAndRoles_AndDataRequesterOnlyFitsExternalOrganisations()
    {
        await ActAsAsync("admin");
        var newcomer = UserProfile.FromSignIn("sub-new", "Người Mới", null, "nguoimoi", DateTime.UtcNow);
        await using (var db = Db.CreateDbContext())
        {
            db.UserProfiles.Add(newcomer);
            await db.SaveAsAsync(Actor.System, default);
        }

        var finance = await Builders.DemoActors.UnitIdAsync(Db, "STC");
        var ex = await Assert.ThrowsAsync<DomainException>(() => Service.AssignAsync(newcomer.Id, finance, [Role.DataRequester], newcomer.Version));
        Assert.Contains("tổ chức bên ngoài", ex.Message);

        await Service.AssignAsync(newcomer.Id, finance, [Role.Specialist], newcomer.Version);
        var (rows, total) = await Service.ListPeopleAsync(new PersonFilter("nguoi moi"), 0, 10);
        Assert.Equal(1, total);
        Assert.True(rows[0].Profile.IsAssigned);
        Assert.Equal("Sở Tài chính", rows[0].UnitName);
    }

    [Fact]
    public async Task ListPeople_SearchIgnoresDiacritics_AndIsForAdministratorsOnly()
    {
        await ActAsAsync("admin");
        var (rows, _) = await Service.ListPeopleAsync(new PersonFilter("tran thi thu ha"), 0, 10);
        Assert.Equal("phochutich", Assert.Single(rows).Profile.UserName);
        var (dRows, _) = await Service.ListPeopleAsync(new PersonFilter("dang ngoc"), 0, 10);
        Assert.Equal("Đặng Ngọc Bảo", Assert.Single(dRows).Profile.FullName);

        await ActAsAsync("khcn.lanhdao");
        await Assert.ThrowsAsync<ForbiddenException>(() => Service.ListPeopleAsync(new PersonFilter(), 0, 10));
    }

    [Fact]
    public async Task Administrator_CannotUnassignThemselves()
    {
        var admin = await ActAsAsync("admin");
        await using var db = Db.CreateDbContext();
        var profile = await db.UserProfiles.SingleAsync(u => u.Id == admin.UserId);
        await Assert.ThrowsAsync<DomainException>(() => Service.UnassignAsync(profile.Id, profile.Version));
    }

    [Fact]
    public async Task Seed_IsIdempotent_AndOnlyFillsAnEmptyDatabase()
    {
        var seeder = new HueWorkspace.Domain.Seeding.WorkspaceSeeder(Db, TimeProvider.System);
        Assert.False(await seeder.SeedDemoAsync());
        await using var db = Db.CreateDbContext();
        Assert.Equal(HueWorkspace.Domain.Seeding.DemoOrganization.Units.Count, await db.Units.CountAsync());
        Assert.True(await db.Units.CountAsync(u => u.Kind == UnitKind.CommuneWard) >= 6);
        Assert.True(await db.Units.CountAsync(u => u.Kind == UnitKind.Department) >= 7);
        Assert.Equal(2, await db.Units.CountAsync(u => u.Kind == UnitKind.ExternalOrganisation));
    }
}
