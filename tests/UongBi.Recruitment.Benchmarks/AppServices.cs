using System.Data.Common;
using System.Globalization;
using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using UongBi.Recruitment.Data;
using UongBi.Recruitment.Domain.Access;
using UongBi.Recruitment.Web.Features;
using UongBi.Recruitment.Web.Infrastructure.Auth;

namespace UongBi.Recruitment.Benchmarks;

/// <summary>
/// The app's feature services on the benchmark file, wired as the component tests wire them
/// (tests/…/Infrastructure/ComponentHost): one context per operation from a factory with the app's own
/// options (<see cref="DataServiceCollectionExtensions.Configure"/>, pragmas included), every feature service,
/// and a signed-in city-committee user. A recorder can be switched on to capture the SQL EF sends.
/// </summary>
internal sealed class AppServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;

    public AppServices(string connectionString)
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddLocalization();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IDbContextFactory<AppDbContext>>(new Factory(connectionString, Recorder));
        services.AddScoped(_ => CityCommittee());
        services.AddSingleton<ILogger<SecurityAudit>>(NullLogger<SecurityAudit>.Instance);
        services.AddScoped<SecurityAudit>();
        services.AddFeatureServices();
        _provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }

    /// <summary>Captures commands while <see cref="CommandRecorder.Enabled"/>; idle otherwise.</summary>
    public CommandRecorder Recorder { get; } = new();

    /// <summary>A scope like one circuit's or request's: the service and its user live in it.</summary>
    public AsyncServiceScope CreateScope() => _provider.CreateAsyncScope();

    public ValueTask DisposeAsync() => _provider.DisposeAsync();

    private static CurrentUser CityCommittee()
    {
        var user = new CurrentUser();
        user.Set(new ClaimsPrincipal(new ClaimsIdentity(
            [
                new Claim(ClaimTypes.NameIdentifier, "id-benchmark"),
                new Claim(ClaimTypes.Name, "benchmark@uongbi.local"),
                new Claim(ClaimTypes.Role, Roles.CityCommittee),
            ],
            "Benchmark")));
        return user;
    }

    private sealed class Factory(string connectionString, CommandRecorder recorder) : IDbContextFactory<AppDbContext>
    {
        private readonly DbContextOptions<AppDbContext> _options = Build(connectionString, recorder);

        public AppDbContext CreateDbContext() => new(_options);

        private static DbContextOptions<AppDbContext> Build(string connectionString, CommandRecorder recorder)
        {
            var builder = new DbContextOptionsBuilder<AppDbContext>();
            DataServiceCollectionExtensions.Configure(builder, connectionString);
            builder.AddInterceptors(recorder);
            return builder.Options;
        }
    }
}

/// <summary>Records each command EF executes (text, parameters, duration) while enabled.</summary>
internal sealed class CommandRecorder : DbCommandInterceptor
{
    private readonly List<CapturedCommand> _commands = [];

    public bool Enabled { get; set; }

    public IReadOnlyList<CapturedCommand> Commands => _commands;

    public void Clear()
    {
        _commands.Clear();
        _open.Clear();
    }

    public override ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, reader: true);
        return ValueTask.FromResult(result);
    }

    public override DbDataReader ReaderExecuted(DbCommand command, CommandExecutedEventData eventData, DbDataReader result)
    {
        Record(command, eventData, reader: true);
        return result;
    }

    public override ValueTask<object?> ScalarExecutedAsync(DbCommand command, CommandExecutedEventData eventData, object? result, CancellationToken cancellationToken = default)
    {
        Record(command, eventData, reader: false);
        return ValueTask.FromResult(result);
    }

    public override object? ScalarExecuted(DbCommand command, CommandExecutedEventData eventData, object? result)
    {
        Record(command, eventData, reader: false);
        return result;
    }

    /// <summary>
    /// A reader's end adds the time it was open (reading every row) to the execution time recorded when it
    /// opened: together, the statement's whole time.
    /// </summary>
    public override InterceptionResult DataReaderDisposing(DbCommand command, DataReaderDisposingEventData eventData, InterceptionResult result)
    {
        if (Enabled && _open.Remove(command, out var index))
        {
            _commands[index] = _commands[index] with { DurationMs = (_commands[index].DurationMs ?? 0) + eventData.Duration.TotalMilliseconds };
        }

        return result;
    }

    private readonly Dictionary<DbCommand, int> _open = new(ReferenceEqualityComparer.Instance);

    private void Record(DbCommand command, CommandExecutedEventData eventData, bool reader)
    {
        if (!Enabled)
        {
            return;
        }

        if (reader)
        {
            _open[command] = _commands.Count;
        }

        var parameters = command.Parameters.Cast<DbParameter>()
            .Select(p => (p.ParameterName, Value: p.Value is DBNull ? null : p.Value))
            .ToList();
        _commands.Add(new CapturedCommand(
            string.Create(CultureInfo.InvariantCulture, $"service command {_commands.Count + 1}"),
            command.CommandText,
            parameters,
            eventData.Duration.TotalMilliseconds));
    }
}
