using Msd.Deadlines;

namespace Msd.Tests.Deadlines;

public sealed class WorkingDaysTests
{
    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2019, 4, 21)]
    [InlineData(2038, 4, 25)]
    public void Easter_is_computed(int year, int month, int day) =>
        Assert.Equal(new DateOnly(year, month, day), WorkingDays.EasterSunday(year));

    [Theory]
    [InlineData("2024-01-01")] // Nieuwjaarsdag
    [InlineData("2024-04-01")] // Tweede Paasdag
    [InlineData("2025-04-26")] // Koningsdag on Saturday the 26th, because the 27th is a Sunday
    [InlineData("2024-05-05")] // 5 mei (a Sunday that year, still a holiday)
    [InlineData("2024-05-09")] // Hemelvaartsdag
    [InlineData("2024-05-20")] // Tweede Pinksterdag
    [InlineData("2024-12-25")]
    [InlineData("2024-12-26")]
    public void Holidays_of_the_Algemene_termijnenwet_are_recognised(string day) =>
        Assert.True(WorkingDays.IsHoliday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public void Good_Friday_and_Easter_Sunday_are_not_in_the_list_but_Sunday_is_no_working_day()
    {
        Assert.False(WorkingDays.IsHoliday(new DateOnly(2024, 3, 29)));
        Assert.True(WorkingDays.IsWorkingDay(new DateOnly(2024, 3, 29)));
        Assert.False(WorkingDays.IsWorkingDay(new DateOnly(2024, 3, 31)));
    }

    [Fact]
    public void A_crisis_request_on_the_Friday_before_Easter_gets_until_Thursday()
    {
        // Friday 29 March 2024 + 3 working days: Tuesday 2, Wednesday 3, Thursday 4 April (Monday 1 April is Tweede Paasdag)
        var friday = new DateOnly(2024, 3, 29);

        Assert.Equal(new DateOnly(2024, 4, 4), WorkingDays.Add(friday, 3));
        Assert.Equal(3, WorkingDays.Between(friday, new DateOnly(2024, 4, 4)));
        Assert.Equal(0, WorkingDays.Between(friday, friday));
    }
}
