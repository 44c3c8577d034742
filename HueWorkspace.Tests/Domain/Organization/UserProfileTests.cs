using HueWorkspace.Domain.Common;
using HueWorkspace.Domain.Organization;

namespace HueWorkspace.Tests.Domain.Organization;

public sealed class UserProfileTests
{
    [Fact]
    public void FirstSignIn_CreatesAProfileWaitingForAssignment()
    {
        var profile = UserProfile.FromSignIn("sub-1", "Nguyễn Văn A", "a@hue.gov.vn", "nva", DateTime.UtcNow);
        Assert.False(profile.IsAssigned);
        Assert.Null(profile.UnitId);
        Assert.Empty(profile.Roles);
        Assert.Contains("nguyen van a", profile.SearchText);
    }

    [Fact]
    public void SignInWithoutAName_UsesTheUserName()
    {
        var profile = UserProfile.FromSignIn("sub-1", " ", null, "nva", DateTime.UtcNow);
        Assert.Equal("nva", profile.FullName);
    }

    [Fact]
    public void Assign_WithoutARole_IsRefused()
    {
        var profile = UserProfile.FromSignIn("sub-1", "A", null, null, DateTime.UtcNow);
        var ex = Assert.Throws<DomainException>(() => profile.Assign(Guid.NewGuid(), []));
        Assert.Equal("Vui lòng chọn ít nhất một vai trò.", ex.Message);
        Assert.False(profile.IsAssigned);
    }

    [Fact]
    public void Assign_GivesUnitAndDistinctRoles_Unassign_TakesThemBack()
    {
        var profile = UserProfile.FromSignIn("sub-1", "A", null, null, DateTime.UtcNow);
        profile.Assign(Guid.NewGuid(), [Role.Specialist, Role.Clerk, Role.Specialist]);
        Assert.True(profile.IsAssigned);
        Assert.Equal([Role.Specialist, Role.Clerk], profile.Roles);
        profile.Unassign();
        Assert.False(profile.IsAssigned);
    }

    [Fact]
    public void UnitCode_IsRequiredAndLimited()
    {
        Assert.Throws<DomainException>(() => Unit.Create(" ", "Tên", UnitKind.Department, null, new DateOnly(2025, 1, 1)));
        var ex = Assert.Throws<DomainException>(() => Unit.Create(new string('X', Unit.CodeMaxLength + 1), "Tên", UnitKind.Department, null, new DateOnly(2025, 1, 1)));
        Assert.Contains("không được dài quá", ex.Message);
    }
}
