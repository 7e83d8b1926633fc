using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using UongBi.Recruitment.Data.Auditing;
using UongBi.Recruitment.Data.Identity;
using UongBi.Recruitment.Data.Settings;
using UongBi.Recruitment.Domain.Batches;
using UongBi.Recruitment.Domain.Calendar;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Organisation;
using UongBi.Recruitment.Domain.Targets;

namespace UongBi.Recruitment.Data;

/// <summary>
/// The application database. Create one per operation through <c>IDbContextFactory&lt;AppDbContext&gt;</c>;
/// never hold one in an interactive component.
/// </summary>
/// <remarks>
/// Every save stamps audit fields, renews concurrency tokens, turns deletes of soft-deletable records
/// into updates, and writes its audit rows in the same transaction (see <see cref="AuditWriter"/>).
/// </remarks>
public class AppDbContext(DbContextOptions<AppDbContext> options, IAuditUser? auditUser = null, TimeProvider? clock = null)
    : IdentityDbContext<AppUser>(options)
{
    private readonly IAuditUser _auditUser = auditUser ?? SystemAuditUser.Instance;
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public DbSet<Ward> Wards => Set<Ward>();
    public DbSet<PartyCell> Cells => Set<PartyCell>();
    public DbSet<Candidate> Candidates => Set<Candidate>();
    public DbSet<CandidateHelper> CandidateHelpers => Set<CandidateHelper>();
    public DbSet<StageChange> StageChanges => Set<StageChange>();
    public DbSet<AdmissionTarget> Targets => Set<AdmissionTarget>();
    public DbSet<CityPlan> CityPlans => Set<CityPlan>();
    public DbSet<AdmissionBatch> Batches => Set<AdmissionBatch>();
    public DbSet<PublicHoliday> Holidays => Set<PublicHoliday>();
    public DbSet<Setting> Settings => Set<Setting>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public override int SaveChanges(bool acceptAllChangesOnSuccess) =>
        SaveChangesAsync(acceptAllChangesOnSuccess).GetAwaiter().GetResult();

    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        var writer = new AuditWriter(this, _auditUser.Name, _clock.GetUtcNow());
        var pending = writer.Prepare();
        if (pending.Count == 0)
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }

        // Keys of inserted rows exist only after the insert, so the audit rows are written by a second
        // save; both run in one transaction so a change never lands without its audit row, or the reverse.
        var ownTransaction = Database.CurrentTransaction is null;
        await using var transaction = ownTransaction ? await Database.BeginTransactionAsync(cancellationToken) : null;
        // If either save fails the transaction rolls back; the context is then spent (one per operation).
        var count = await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        AuditEntries.AddRange(writer.Complete(pending));
        await base.SaveChangesAsync(acceptAllChangesOnSuccess: true, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return count;
    }

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        base.OnModelCreating(modelBuilder);
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(AppDbContext).Assembly);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot compare or order DateTimeOffset stored as text; store UTC ticks instead.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        configurationBuilder.Properties<string>().HaveMaxLength(500);
    }
}
