using Microsoft.EntityFrameworkCore;
using UongBi.Recruitment.Data.Queries;
using UongBi.Recruitment.Domain.Candidates;
using UongBi.Recruitment.Domain.Rules;
using UongBi.Recruitment.Tests.Infrastructure;

namespace UongBi.Recruitment.Tests.Data;

/// <summary>The age-at-admission filter in SQLite against AgeRules, on the birthdays where calendars disagree.</summary>
public sealed class CandidateFiltersTests : IAsyncLifetime
{
    private SqliteTestDatabase _database = null!;

    // Born, admitted: around a 29 Feb birthday in common and leap years, the exact 30th birthday and the day
    // before it, and birthdays on the 31st ending in shorter months.
    private static readonly (DateOnly Born, DateOnly Admitted)[] Cases =
    [
        (new(2000, 2, 29), new(2030, 2, 27)),
        (new(2000, 2, 29), new(2030, 2, 28)),
        (new(2000, 2, 29), new(2030, 3, 1)),
        (new(1996, 2, 29), new(2026, 2, 28)),
        (new(1996, 2, 29), new(2024, 2, 28)),
        (new(1996, 2, 29), new(2024, 2, 29)),
        (new(1994, 5, 19), new(2024, 5, 18)),
        (new(1994, 5, 19), new(2024, 5, 19)),
        (new(1994, 5, 19), new(2024, 5, 20)),
        (new(1994, 12, 31), new(2024, 12, 30)),
        (new(1994, 12, 31), new(2024, 12, 31)),
        (new(1995, 3, 31), new(2025, 2, 28)),
        (new(1995, 1, 31), new(2025, 1, 30)),
        (new(2006, 8, 16), new(2024, 8, 16)),
    ];

    public async Task InitializeAsync()
    {
        _database = await SqliteTestDatabase.CreateAsync();
        await using var db = _database.CreateContext();
        var (ward, cell) = await TestData.AddWardWithCellAsync(db);
        var serial = 0;
        foreach (var (born, admitted) in Cases)
        {
            var candidate = TestData.NewCandidate(ward, cell, $"0223050{++serial:D5}", $"Nguyễn Văn Thử {serial}");
            candidate.BirthDate = born;
            candidate.Stage = Stage.Probationary;
            candidate.AdmittedOn = admitted;
            db.Candidates.Add(candidate);
        }

        // Never admitted: no age at admission, so never under any age.
        db.Candidates.Add(TestData.NewCandidate(ward, cell, "022305099999", "Trần Thị Chưa Vào"));
        await db.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _database.DisposeAsync();

    [Theory]
    [InlineData(30)]
    [InlineData(28)]
    [InlineData(18)]
    [InlineData(1)]
    [InlineData(120)]
    public async Task UnderAgeAtAdmission_in_sql_agrees_with_AgeRules_on_29_february_and_exact_birthdays(int years)
    {
        // Arrange
        await using var db = _database.CreateContext();
        var everybody = await db.Candidates.AsNoTracking().ToListAsync();
        var expected = everybody
            .Where(c => c.AdmittedOn is { } admitted && AgeRules.AgeInYears(c.BirthDate, admitted) < years)
            .Select(c => c.Id).Order().ToList();

        // Act
        var found = await db.Candidates.UnderAgeAtAdmission(years).Select(c => c.Id).OrderBy(id => id).ToListAsync();

        // Assert
        found.ShouldBe(expected);
    }

    [Fact]
    public async Task UnderAgeAtAdmission_counts_29_february_and_the_30th_birthday_as_30()
    {
        await using var db = _database.CreateContext();

        var under30 = await db.Candidates.UnderAgeAtAdmission(30).Select(c => new { c.BirthDate, c.AdmittedOn }).ToListAsync();

        // AgeRules: born 29 Feb 2000, 30 on 28 Feb 2030 (the last day of a shorter month completes the month).
        under30.ShouldContain(c => c.BirthDate == new DateOnly(2000, 2, 29) && c.AdmittedOn == new DateOnly(2030, 2, 27));
        under30.ShouldNotContain(c => c.BirthDate == new DateOnly(2000, 2, 29) && c.AdmittedOn == new DateOnly(2030, 2, 28));
        under30.ShouldContain(c => c.BirthDate == new DateOnly(1994, 5, 19) && c.AdmittedOn == new DateOnly(2024, 5, 18));
        under30.ShouldNotContain(c => c.BirthDate == new DateOnly(1994, 5, 19) && c.AdmittedOn == new DateOnly(2024, 5, 19));
        under30.ShouldNotContain(c => c.AdmittedOn == null);
    }

    [Fact]
    public async Task AddYears_as_sqlite_translates_it_rolls_29_february_into_march_which_is_why_the_filter_counts_months()
    {
        // The obvious query, BirthDate.AddYears(30) > AdmittedOn, becomes date(BirthDate, '30 years') in SQLite:
        // 2000-02-29 + 30 years is 2030-03-01 there, 2030-02-28 in .NET and in AgeRules.
        await using var db = _database.CreateContext();

        var naive = await db.Candidates
            .Where(c => c.BirthDate == new DateOnly(2000, 2, 29) && c.AdmittedOn == new DateOnly(2030, 2, 28))
            .CountAsync(c => c.BirthDate.AddYears(30) > c.AdmittedOn);

        naive.ShouldBe(1, "SQLite now agrees with .NET on 29 Feb; CandidateFilters.UnderAgeAtAdmission could use AddYears");
        AgeRules.AgeInYears(new DateOnly(2000, 2, 29), new DateOnly(2030, 2, 28)).ShouldBe(30);
    }
}
