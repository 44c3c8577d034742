using HueWorkspace.Domain.Organization;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Organization;

public sealed class SignInRecorderTests : DatabaseTest
{
    [Fact]
    public async Task FirstSignIn_CreatesTheProfileFromTheClaims_LaterSignInsKeepItInStep_WithoutTouchingUnitOrRoles()
    {
        var recorder = new SignInRecorder(Db, TimeProvider.System);
        var first = await recorder.RecordAsync("vneid:0123", "Hồ Thị Mai", "mai@hue.gov.vn", "htmai");
        Assert.False(first.IsAssigned);

        var again = await recorder.RecordAsync("vneid:0123", "Hồ Thị Mai Anh", "maianh@hue.gov.vn", "htmai");
        Assert.Equal(first.Id, again.Id);
        await using var db = Db.CreateDbContext();
        var stored = await db.UserProfiles.SingleAsync(u => u.Subject == "vneid:0123");
        Assert.Equal("Hồ Thị Mai Anh", stored.FullName);
        Assert.Equal("maianh@hue.gov.vn", stored.Email);
        Assert.False(stored.IsAssigned);
        Assert.Equal(2, await db.AuditEntries.CountAsync(e => e.EntityId == first.Id.ToString()));
    }

    [Fact]
    public async Task ASeededPersonSigningIn_KeepsTheirUnitAndRoles()
    {
        var recorder = new SignInRecorder(Db, TimeProvider.System);
        var profile = await recorder.RecordAsync("hue-sso:tc.lanhdao", "Bùi Văn Đức", "tc.lanhdao@demo.hue.gov.vn", "tc.lanhdao");
        Assert.True(profile.IsAssigned);
        Assert.Equal([Role.UnitLeader], profile.Roles);
    }
}
