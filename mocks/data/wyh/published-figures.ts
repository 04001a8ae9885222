// Made by `npm run figures:published` from mocks/data/wyh/published/ (its README says where each file
// comes from): do not edit by hand. Each figure went through the dashboard’s own Fingertips or CSV
// import; `earlier` keeps the vintages it replaced, oldest first, with their sources.
import type { PublishedFigure } from '../generate-series';

export const WYH_PUBLISHED_FIGURES: PublishedFigure[] = [
 {
  "indicatorId": "suicide-rate",
  "placeId": "wyh",
  "period": "2016-18",
  "value": 10.6,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://www.wyhpartnership.co.uk/our-priorities/mental-health/mental-health/suicide-prevention-and-postvention",
  "note": "already in project seed"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wyh",
  "period": "2017-19",
  "value": 11.88,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://www.wyhpartnership.co.uk/our-priorities/mental-health/mental-health/suicide-prevention-and-postvention",
  "note": "already in project seed"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wyh",
  "period": "2020-22",
  "value": 12.5,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "ONS 2022 registrations release as quoted by WY suicide prevention programme; West Yorkshire without Harrogate"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wyh",
  "period": "2019-21",
  "value": 13,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "as restated in the 2022-registrations release (census-2021-based populations); the 2021-registrations release gave 13.2"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wyh",
  "period": "2018-20",
  "value": 12.6,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/rate-registered-suicide-deaths-west-yorkshire-continues-be-above-national-average-according-latest-ons-data"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2015/16",
  "value": 20.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2016/17",
  "value": 19.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)",
  "note": "Earlier shown as 19.1 from Local press reporting of the National Child Measurement Programme; the figure of the statistics’ publisher (OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)) stands.",
  "earlier": [
   {
    "period": "2016/17",
    "value": 19.1,
    "provenance": "published",
    "source": "Local press reporting of the National Child Measurement Programme"
   }
  ]
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2014/15",
  "value": 19.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2017/18",
  "value": 19.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2018/19",
  "value": 21,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2019/20",
  "value": 20.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2021/22",
  "value": 25,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2022/23",
  "value": 23.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2023/24",
  "value": 22.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "leeds",
  "period": "2024/25",
  "value": 22.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2016/17",
  "value": 8.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)",
  "note": "England 9.6%, Yorkshire and the Humber 9.7% in the same year. Earlier shown as 8.6 from Local press reporting of the National Child Measurement Programme; the figure of the statistics’ publisher (OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)) stands.",
  "earlier": [
   {
    "period": "2016/17",
    "value": 8.6,
    "provenance": "published",
    "source": "Local press reporting of the National Child Measurement Programme",
    "note": "England 9.6%, Yorkshire and the Humber 9.7% in the same year."
   }
  ]
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2014/15",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2015/16",
  "value": 8.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2017/18",
  "value": 9.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2018/19",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2019/20",
  "value": 10.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2020/21",
  "value": 14.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2021/22",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2022/23",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2023/24",
  "value": 9.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "leeds",
  "period": "2024/25",
  "value": 11,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2010-12",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2011-13",
  "value": 9.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2012-14",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2013-15",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2014-16",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2015-17",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 9.2 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 9.2,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2016-18",
  "value": 11.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2017-19",
  "value": 11.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2018-20",
  "value": 11.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2019-21",
  "value": 11.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2020-22",
  "value": 12.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2021-23",
  "value": 12.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "calderdale",
  "period": "2022-24",
  "value": 12.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2010-12",
  "value": 9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2011-13",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2012-14",
  "value": 7.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2013-15",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2014-16",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2015-17",
  "value": 10.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 9.5 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 9.5,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2016-18",
  "value": 9.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2017-19",
  "value": 9.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2018-20",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2019-21",
  "value": 10.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2020-22",
  "value": 10.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2021-23",
  "value": 10.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "kirklees",
  "period": "2022-24",
  "value": 11.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2010-12",
  "value": 11.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2011-13",
  "value": 11.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2012-14",
  "value": 11.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2013-15",
  "value": 12.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2014-16",
  "value": 12.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2015-17",
  "value": 12.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 12.3 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 12.3,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2016-18",
  "value": 11.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2017-19",
  "value": 11.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2018-20",
  "value": 11.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2019-21",
  "value": 12.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2020-22",
  "value": 12.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2021-23",
  "value": 13,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "leeds",
  "period": "2022-24",
  "value": 12.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2010-12",
  "value": 9.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2011-13",
  "value": 9.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2012-14",
  "value": 8.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2013-15",
  "value": 8.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2014-16",
  "value": 9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2015-17",
  "value": 9.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 8.9 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 8.9,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2016-18",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2017-19",
  "value": 9.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2018-20",
  "value": 10.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2019-21",
  "value": 10.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2020-22",
  "value": 10.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2021-23",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-male",
  "placeId": "wakefield",
  "period": "2022-24",
  "value": 10.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2010-12",
  "value": 7.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2011-13",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2012-14",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2013-15",
  "value": 9.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2014-16",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2015-17",
  "value": 9.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 10 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 10,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2016-18",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2017-19",
  "value": 9.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2018-20",
  "value": 8.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2019-21",
  "value": 9.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2020-22",
  "value": 10.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2021-23",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "calderdale",
  "period": "2022-24",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2010-12",
  "value": 5.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2011-13",
  "value": 6.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2012-14",
  "value": 6.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2013-15",
  "value": 6.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2014-16",
  "value": 6.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2015-17",
  "value": 6.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 6.3 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 6.3,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2016-18",
  "value": 6.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2017-19",
  "value": 7.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2018-20",
  "value": 8.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2019-21",
  "value": 8.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2020-22",
  "value": 9.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2021-23",
  "value": 9.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "kirklees",
  "period": "2022-24",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2010-12",
  "value": 8.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2011-13",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2012-14",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2013-15",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2014-16",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2015-17",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)",
  "note": "Fingertips has revised it: 9.1 in the older extract (OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 9.1,
    "provenance": "published",
    "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
   }
  ]
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2016-18",
  "value": 9.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2017-19",
  "value": 9.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2018-20",
  "value": 10.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2019-21",
  "value": 11,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2020-22",
  "value": 10.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2021-23",
  "value": 10.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "leeds",
  "period": "2022-24",
  "value": 10.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2010-12",
  "value": 7.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2011-13",
  "value": 7.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2012-14",
  "value": 7.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2013-15",
  "value": 7.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2014-16",
  "value": 8.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2019, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/slope_index_of_inequality.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2015-17",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2016-18",
  "value": 8.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2017-19",
  "value": 7.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2018-20",
  "value": 8.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2019-21",
  "value": 8.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2020-22",
  "value": 8.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2021-23",
  "value": 8.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "le-gap-female",
  "placeId": "wakefield",
  "period": "2022-24",
  "value": 8.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 92901, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/inequality_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2009-11",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2010-12",
  "value": 60.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2011-13",
  "value": 61.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2012-14",
  "value": 62.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2013-15",
  "value": 63.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2014-16",
  "value": 63.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2015-17",
  "value": 62.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 61.6 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 61.6,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2016-18",
  "value": 62.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 62.2 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 62.2,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2017-19",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2018-20",
  "value": 61.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2019-21",
  "value": 61.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2020-22",
  "value": 60.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2021-23",
  "value": 61.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "calderdale",
  "period": "2022-24",
  "value": 60.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2009-11",
  "value": 64.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2010-12",
  "value": 63.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2011-13",
  "value": 62.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2012-14",
  "value": 62.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2013-15",
  "value": 65.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2014-16",
  "value": 63.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2015-17",
  "value": 62.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 64.4 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 64.4,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2016-18",
  "value": 63.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 63.4 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 63.4,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2017-19",
  "value": 62.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2018-20",
  "value": 62.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2019-21",
  "value": 61.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2020-22",
  "value": 60.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2021-23",
  "value": 63.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "calderdale",
  "period": "2022-24",
  "value": 60.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2009-11",
  "value": 60.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2010-12",
  "value": 60,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2011-13",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2012-14",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2013-15",
  "value": 60.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2014-16",
  "value": 61.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2015-17",
  "value": 60.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 62.7 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 62.7,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2016-18",
  "value": 60,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 60.5 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 60.5,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2017-19",
  "value": 61.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2018-20",
  "value": 61,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2019-21",
  "value": 60.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2020-22",
  "value": 59.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2021-23",
  "value": 58.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "kirklees",
  "period": "2022-24",
  "value": 57.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2009-11",
  "value": 60.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2010-12",
  "value": 59.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2011-13",
  "value": 63.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2012-14",
  "value": 62.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2013-15",
  "value": 62.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2014-16",
  "value": 59.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2015-17",
  "value": 61.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 58.7 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 58.7,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2016-18",
  "value": 61,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 60.5 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 60.5,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2017-19",
  "value": 61.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2018-20",
  "value": 61.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2019-21",
  "value": 60.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2020-22",
  "value": 59.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2021-23",
  "value": 58.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "kirklees",
  "period": "2022-24",
  "value": 58,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2009-11",
  "value": 60.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2010-12",
  "value": 60.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2011-13",
  "value": 60.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2012-14",
  "value": 60.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2013-15",
  "value": 61.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2014-16",
  "value": 60.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2015-17",
  "value": 62.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 62 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 62,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2016-18",
  "value": 62.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 62.2 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 62.2,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2017-19",
  "value": 62.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2018-20",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2019-21",
  "value": 60.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2020-22",
  "value": 62.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2021-23",
  "value": 60.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "leeds",
  "period": "2022-24",
  "value": 60.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2009-11",
  "value": 61.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2010-12",
  "value": 60.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2011-13",
  "value": 61.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2012-14",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2013-15",
  "value": 62,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2014-16",
  "value": 63,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2015-17",
  "value": 63.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 64 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 64,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2016-18",
  "value": 63.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 64.1 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 64.1,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2017-19",
  "value": 63.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2018-20",
  "value": 62.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2019-21",
  "value": 60.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2020-22",
  "value": 62.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2021-23",
  "value": 61.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "leeds",
  "period": "2022-24",
  "value": 60.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2009-11",
  "value": 58.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2010-12",
  "value": 59.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2011-13",
  "value": 58.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2012-14",
  "value": 58.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2013-15",
  "value": 58.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2014-16",
  "value": 57.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2015-17",
  "value": 57.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 58.9 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 58.9,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2016-18",
  "value": 58.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 58.6 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 58.6,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2017-19",
  "value": 58.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2018-20",
  "value": 57.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2019-21",
  "value": 58.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2020-22",
  "value": 57.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2021-23",
  "value": 55.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-male",
  "placeId": "wakefield",
  "period": "2022-24",
  "value": 54,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2009-11",
  "value": 61,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2010-12",
  "value": 62.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2011-13",
  "value": 61.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2012-14",
  "value": 61.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2013-15",
  "value": 60.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2014-16",
  "value": 60.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2015-17",
  "value": 57.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 56.7 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2015-17",
    "value": 56.7,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2016-18",
  "value": 58.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)",
  "note": "Fingertips has revised it: 57.5 in the older extract (OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)).",
  "earlier": [
   {
    "period": "2016-18",
    "value": 57.5,
    "provenance": "published",
    "source": "OHID Fingertips indicator 90362, extract of June 2020, as extracted by Trafford Data Lab (traffordDataLab/dashboard@83e9bc0, data/health/healthy_life_expectancy_at_birth.csv)"
   }
  ]
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2017-19",
  "value": 58.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2018-20",
  "value": 58,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2019-21",
  "value": 58.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2020-22",
  "value": 57.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2021-23",
  "value": 55.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "hle-female",
  "placeId": "wakefield",
  "period": "2022-24",
  "value": 53.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90362, extract of May 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/health/healthy_life_expectancy.csv)"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "calderdale",
  "period": "2020-22",
  "value": 16.7,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "calderdale",
  "period": "2019-21",
  "value": 17.3,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "restated; first published 16.9"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "kirklees",
  "period": "2020-22",
  "value": 11.9,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "kirklees",
  "period": "2019-21",
  "value": 11.4,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "restated; first published 11.2"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "leeds",
  "period": "2020-22",
  "value": 11.9,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "leeds",
  "period": "2019-21",
  "value": 13.3,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "restated; first published 13.9"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "leeds",
  "period": "2014-16",
  "value": 10.9,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://www.harrogateadvertiser.co.uk/news/mental-health-charity-reacts-new-harrogate-suicide-figures-728447"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wakefield",
  "period": "2020-22",
  "value": 15.8,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "wakefield",
  "period": "2019-21",
  "value": 17.2,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://suicidepreventionwestyorkshire.co.uk/news-and-blogs/news/latest-ons-data-registered-suicide-deaths-2022-published-today",
  "note": "restated; first published 17.3"
 },
 {
  "indicatorId": "suicide-rate",
  "placeId": "harrogate",
  "period": "2014-16",
  "value": 10.3,
  "provenance": "published",
  "source": "Suicide rate (ONS), age-standardised per 100,000, 3 registration years pooled, quoted on https://www.harrogateadvertiser.co.uk/news/mental-health-charity-reacts-new-harrogate-suicide-figures-728447",
  "note": "Harrogate Advertiser 13 Sep 2017 quoting ONS"
 },
 {
  "indicatorId": "cancer-early-stage",
  "placeId": "wakefield",
  "period": "2018-20",
  "value": 53.5,
  "provenance": "published",
  "source": "% of cancers diagnosed at stage 1 or 2 (Fingertips via Wakefield JSNA, Oct 2023), quoted on https://wakefieldjsna.co.uk/health-conditions-and-behaviour/cancer",
  "note": "\"similar to the national level\""
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2014/15",
  "value": 11.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2015/16",
  "value": 14.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2016/17",
  "value": 12.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2017/18",
  "value": 15.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2018/19",
  "value": 14.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2019/20",
  "value": 17.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "harrogate",
  "period": "2021/22",
  "value": 15.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2014/15",
  "value": 18.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2015/16",
  "value": 20.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2016/17",
  "value": 20.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2017/18",
  "value": 20.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2018/19",
  "value": 20.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2019/20",
  "value": 22,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2020/21",
  "value": 20.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2021/22",
  "value": 20,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2022/23",
  "value": 23.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2023/24",
  "value": 23.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "calderdale",
  "period": "2024/25",
  "value": 23.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2014/15",
  "value": 19.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2015/16",
  "value": 20.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2016/17",
  "value": 21.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2017/18",
  "value": 20.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2018/19",
  "value": 21.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2019/20",
  "value": 21,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2021/22",
  "value": 25.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2022/23",
  "value": 23.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2023/24",
  "value": 23.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "kirklees",
  "period": "2024/25",
  "value": 23.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2014/15",
  "value": 18.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2015/16",
  "value": 21.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2016/17",
  "value": 21.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2017/18",
  "value": 20.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2018/19",
  "value": 22.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2019/20",
  "value": 22.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2020/21",
  "value": 27.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2021/22",
  "value": 26,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2022/23",
  "value": 24.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2023/24",
  "value": 22.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-year6",
  "placeId": "wakefield",
  "period": "2024/25",
  "value": 23.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90323, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_year6.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2014/15",
  "value": 6.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2015/16",
  "value": 7.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2016/17",
  "value": 7.6,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2017/18",
  "value": 7.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2018/19",
  "value": 8.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2019/20",
  "value": 7.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "harrogate",
  "period": "2021/22",
  "value": 7.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2014/15",
  "value": 8.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2015/16",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2016/17",
  "value": 9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2017/18",
  "value": 10.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2018/19",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2019/20",
  "value": 9.7,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2021/22",
  "value": 6.8,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2022/23",
  "value": 9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2023/24",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "calderdale",
  "period": "2024/25",
  "value": 12.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2014/15",
  "value": 10.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2015/16",
  "value": 8.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2016/17",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2017/18",
  "value": 9.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2018/19",
  "value": 10.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2019/20",
  "value": 10.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2021/22",
  "value": 11.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2022/23",
  "value": 10.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2023/24",
  "value": 11.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "kirklees",
  "period": "2024/25",
  "value": 12.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2014/15",
  "value": 8.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2015/16",
  "value": 9.1,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2016/17",
  "value": 11.2,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2017/18",
  "value": 10.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2018/19",
  "value": 11.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2019/20",
  "value": 9.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2020/21",
  "value": 16.5,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2021/22",
  "value": 11.4,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2022/23",
  "value": 10.3,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2023/24",
  "value": 11.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 },
 {
  "indicatorId": "obesity-reception",
  "placeId": "wakefield",
  "period": "2024/25",
  "value": 11.9,
  "provenance": "published",
  "source": "OHID Fingertips indicator 90319, extract of April 2026, as extracted by Trafford Data Lab (traffordDataLab/trafford_themes@ae20a08, data/children/obese_reception.csv)"
 }
];
