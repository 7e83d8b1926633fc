namespace UongBi.Recruitment.Domain.Rules;

public enum AgeStatus
{
    Eligible,
    TooYoung,
    TooOld,

    /// <summary>Over the limit, admitted with the provincial standing committee's written consent.</summary>
    OverAgeWithConsent,
}

public readonly record struct AgeCheck(int Months, AgeStatus Status)
{
    public bool Allowed => Status is AgeStatus.Eligible or AgeStatus.OverAgeWithConsent;
}

/// <summary>Age is counted in whole months at the date of the cell resolution [C].</summary>
public static class AgeRules
{
    /// <summary>
    /// Whole months lived from <paramref name="birthDate"/> to <paramref name="on"/>. A month is complete on
    /// the same day of the month, or on the last day of a shorter month (born 31 Jan: one month on 28/29 Feb).
    /// </summary>
    public static int AgeInMonths(DateOnly birthDate, DateOnly on)
    {
        if (on < birthDate)
        {
            return -AgeInMonths(on, birthDate);
        }

        var months = ((on.Year - birthDate.Year) * 12) + on.Month - birthDate.Month;
        var lastDayOfMonth = on.Day == DateTime.DaysInMonth(on.Year, on.Month);
        if (on.Day < birthDate.Day && !lastDayOfMonth)
        {
            months--;
        }

        return months;
    }

    /// <summary>The first day on which a person born on <paramref name="birthDate"/> is <paramref name="months"/> months old.</summary>
    public static DateOnly DateTurning(DateOnly birthDate, int months) => birthDate.AddMonths(months);

    public static AgeCheck Check(DateOnly birthDate, DateOnly on, RuleSettings settings, bool hasOverAgeConsent)
    {
        var months = AgeInMonths(birthDate, on);
        var status = months < settings.MinAgeMonths ? AgeStatus.TooYoung
            : months <= settings.MaxAgeMonths ? AgeStatus.Eligible
            : hasOverAgeConsent ? AgeStatus.OverAgeWithConsent
            : AgeStatus.TooOld;
        return new AgeCheck(months, status);
    }

    /// <summary>Whole years, for display ("19 tuổi").</summary>
    public static int AgeInYears(DateOnly birthDate, DateOnly on) => AgeInMonths(birthDate, on) / 12;
}
