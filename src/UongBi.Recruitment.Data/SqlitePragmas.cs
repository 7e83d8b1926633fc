using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace UongBi.Recruitment.Data;

/// <summary>
/// Durability settings for every SQLite connection: WAL (persisted in the file) with synchronous=FULL,
/// so an acknowledged save survives a power cut or kill -9; foreign keys on; a busy timeout so
/// concurrent writers wait instead of failing.
/// </summary>
internal sealed class SqlitePragmas : DbConnectionInterceptor
{
    private const string Pragmas =
        "PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA busy_timeout=10000;";

    public override void ConnectionOpened(DbConnection connection, ConnectionEndEventData eventData)
    {
        using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        command.ExecuteNonQuery();
    }

    public override async Task ConnectionOpenedAsync(DbConnection connection, ConnectionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = Pragmas;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
