using HueWorkspace.Domain.Persistence;
using Microsoft.EntityFrameworkCore;

namespace HueWorkspace.Tests.Domain.Common;

/// <summary>Every change to the model has its migration, for both providers (a forgotten one would fail at start-up of a real instance).</summary>
public sealed class MigrationsTests
{
    [Fact]
    public void TheSqliteModel_HasNoChangeWithoutAMigration()
    {
        using var db = new DesignTimeDbContextFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }

    [Fact]
    public void ThePostgresModel_HasNoChangeWithoutAMigration()
    {
        // The design-time context needs no server: the model is compared with the migrations' snapshot.
        using var db = new PostgresDesignTimeDbContextFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges());
    }
}
