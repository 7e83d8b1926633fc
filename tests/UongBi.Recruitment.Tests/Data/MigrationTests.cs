using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Data;

public sealed class MigrationTests
{
    [Fact]
    public async Task Migrate_empty_file_creates_current_schema_with_no_pending_model_changes()
    {
        // Arrange / Act
        await using var database = await SqliteTestDatabase.CreateAsync();

        // Assert
        await using var db = database.CreateContext();
        (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse("the model changed without a migration: run dotnet ef migrations add");
        (await database.ScalarAsync("PRAGMA integrity_check")).ShouldBe("ok");
    }

    [Fact]
    public async Task Connection_uses_wal_with_full_synchronous_and_foreign_keys()
    {
        // Arrange
        await using var database = await SqliteTestDatabase.CreateAsync();
        await using var db = database.CreateContext();
        await db.Database.OpenConnectionAsync();
        var connection = db.Database.GetDbConnection();

        // Act
        string Pragma(string name)
        {
            using var command = connection.CreateCommand();
            command.CommandText = $"PRAGMA {name}";
            return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture)!;
        }

        // Assert
        Pragma("journal_mode").ShouldBe("wal");
        Pragma("synchronous").ShouldBe("2");
        Pragma("foreign_keys").ShouldBe("1");
    }

    [Fact]
    public async Task Migrate_copy_of_previous_schema_keeps_data_and_reaches_current()
    {
        // Arrange: a database at the first migration, with a ward in it
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using (var db = database.CreateContext())
        {
            var migrations = db.Database.GetMigrations().ToList();
            migrations.Count.ShouldBeGreaterThan(1);
            await db.GetService<IMigrator>().MigrateAsync(migrations[0]);
        }

        await using (var connection = new SqliteConnection(database.ConnectionString))
        {
            await connection.OpenAsync();
            await using var insert = connection.CreateCommand();
            insert.CommandText = "INSERT INTO Wards (Code, Name, Kind, ValidFrom, CreatedAt, Version, IsDeleted) VALUES ('BS', 'Bắc Sơn', 1, '1900-01-01', 0, '00000000-0000-0000-0000-000000000001', 0)";
            await insert.ExecuteNonQueryAsync();
        }

        // Act
        await using var migrate = database.CreateContext();
        await migrate.Database.MigrateAsync();

        // Assert
        (await migrate.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
        (await migrate.Wards.SingleAsync()).Name.ShouldBe("Bắc Sơn");
    }

    [Fact]
    public async Task Migrator_backs_up_an_existing_database_before_migrating()
    {
        // Arrange: an existing database one migration behind
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        await using (var db = database.CreateContext())
        {
            await db.GetService<IMigrator>().MigrateAsync(db.Database.GetMigrations().First());
        }

        var migrator = new DatabaseMigrator(database.Factory(), new DatabaseLocation(database.FilePath, database.ConnectionString), database.Clock, NullLogger<DatabaseMigrator>.Instance);

        // Act
        var result = await migrator.MigrateAsync("backups");

        // Assert
        result.Applied.ShouldNotBeEmpty();
        result.BackupFile.ShouldNotBeNull();
        File.Exists(result.BackupFile).ShouldBeTrue();
        await using var backup = new SqliteConnection($"Data Source={result.BackupFile};Mode=ReadOnly;Pooling=False");
        await backup.OpenAsync();
        await using var check = backup.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        (await check.ExecuteScalarAsync()).ShouldBe("ok");
    }

    [Fact]
    public async Task Migrator_new_database_is_created_without_backup()
    {
        // Arrange
        await using var database = await SqliteTestDatabase.CreateAsync(migrate: false);
        var migrator = new DatabaseMigrator(database.Factory(), new DatabaseLocation(database.FilePath, database.ConnectionString), database.Clock, NullLogger<DatabaseMigrator>.Instance);

        // Act
        var result = await migrator.MigrateAsync("backups");

        // Assert
        result.BackupFile.ShouldBeNull();
        Directory.Exists(Path.Combine(database.Folder, "backups")).ShouldBeFalse();
        (await migrator.MigrateAsync("backups")).Applied.ShouldBeEmpty();
    }
}
