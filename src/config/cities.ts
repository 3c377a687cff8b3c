// An offline table of city coordinates for the map layout: the flagship's cities and the largest
// tech hubs. Looked up by normalised name through a Map; never a network request.
// Must not: guess a place from a partial match (an unknown city goes to the map's tray).

/** [name, latitude, longitude, ...other names]. */
const CITIES: ReadonlyArray<readonly [string, number, number, ...string[]]> = [
  // China
  ["Beijing", 39.9042, 116.4074, "Peking", "北京"],
  ["Shanghai", 31.2304, 121.4737, "上海"],
  ["Hangzhou", 30.2741, 120.1551, "杭州"],
  ["Shenzhen", 22.5431, 114.0579, "深圳"],
  ["Guangzhou", 23.1291, 113.2644, "Canton", "广州"],
  ["Hong Kong", 22.3193, 114.1694, "香港"],
  ["Chengdu", 30.5728, 104.0668, "成都"],
  ["Zhuhai", 22.2707, 113.5767, "珠海"],
  ["Ningde", 26.6657, 119.5479, "宁德"],
  ["Baoding", 38.8738, 115.4646, "保定"],
  ["Nanjing", 32.0603, 118.7969, "南京"],
  ["Suzhou", 31.2989, 120.5853, "苏州"],
  ["Wuhan", 30.5928, 114.3055, "武汉"],
  ["Hefei", 31.8206, 117.2272, "合肥"],
  ["Xi'an", 34.3416, 108.9398, "Xian", "西安"],
  ["Tianjin", 39.3434, 117.3616, "天津"],
  ["Chongqing", 29.563, 106.5516, "重庆"],
  ["Xiamen", 24.4798, 118.0894, "厦门"],
  ["Taipei", 25.033, 121.5654, "台北"],
  ["Hsinchu", 24.8138, 120.9675, "新竹"],
  // Americas
  ["San Francisco", 37.7749, -122.4194, "SF"],
  ["Mountain View", 37.3861, -122.0839],
  ["Santa Clara", 37.3541, -121.9552],
  ["Palo Alto", 37.4419, -122.143],
  ["Menlo Park", 37.453, -122.1817],
  ["San Jose", 37.3382, -121.8863],
  ["Cupertino", 37.323, -122.0322],
  ["Sunnyvale", 37.3688, -122.0363],
  ["Redmond", 47.674, -122.1215],
  ["Seattle", 47.6062, -122.3321],
  ["San Diego", 32.7157, -117.1611],
  ["Los Angeles", 34.0522, -118.2437, "LA"],
  ["Austin", 30.2672, -97.7431],
  ["Boston", 42.3601, -71.0589],
  ["Cambridge, MA", 42.3736, -71.1097],
  ["New York", 40.7128, -74.006, "New York City", "NYC"],
  ["Chicago", 41.8781, -87.6298],
  ["Washington", 38.9072, -77.0369, "Washington, D.C.", "Washington DC"],
  ["Toronto", 43.6532, -79.3832],
  ["Montreal", 45.5019, -73.5674, "Montréal"],
  ["Vancouver", 49.2827, -123.1207],
  ["São Paulo", -23.5558, -46.6396, "Sao Paulo"],
  ["Mexico City", 19.4326, -99.1332],
  // Europe
  ["London", 51.5072, -0.1276],
  ["Cambridge", 52.2053, 0.1218],
  ["Edinburgh", 55.9533, -3.1883],
  ["Paris", 48.8566, 2.3522],
  ["Berlin", 52.52, 13.405],
  ["Munich", 48.1351, 11.582, "München"],
  ["Wolfsburg", 52.4227, 10.7865],
  ["Amsterdam", 52.3676, 4.9041],
  ["Stockholm", 59.3293, 18.0686],
  ["Zurich", 47.3769, 8.5417, "Zürich"],
  ["Dublin", 53.3498, -6.2603],
  ["Helsinki", 60.1699, 24.9384],
  ["Madrid", 40.4168, -3.7038],
  ["Barcelona", 41.3874, 2.1686],
  ["Milan", 45.4642, 9.19],
  ["Tallinn", 59.437, 24.7536],
  ["Warsaw", 52.2297, 21.0122],
  // Asia, Middle East, Oceania, Africa
  ["Tokyo", 35.6762, 139.6503, "東京"],
  ["Osaka", 34.6937, 135.5023],
  ["Seoul", 37.5665, 126.978, "서울"],
  ["Icheon", 37.2792, 127.4425, "이천"],
  ["Pangyo", 37.3947, 127.1112, "Seongnam"],
  ["Singapore", 1.3521, 103.8198],
  ["Bangalore", 12.9716, 77.5946, "Bengaluru"],
  ["Mumbai", 19.076, 72.8777],
  ["Delhi", 28.7041, 77.1025, "New Delhi"],
  ["Hyderabad", 17.385, 78.4867],
  ["Jakarta", -6.2088, 106.8456],
  ["Kuala Lumpur", 3.139, 101.6869],
  ["Bangkok", 13.7563, 100.5018],
  ["Ho Chi Minh City", 10.8231, 106.6297],
  ["Tel Aviv", 32.0853, 34.7818],
  ["Dubai", 25.2048, 55.2708],
  ["Abu Dhabi", 24.4539, 54.3773],
  ["Riyadh", 24.7136, 46.6753],
  ["Dhahran", 26.2361, 50.0393],
  ["Doha", 25.2854, 51.531],
  ["Sydney", -33.8688, 151.2093],
  ["Melbourne", -37.8136, 144.9631],
  ["Lagos", 6.5244, 3.3792],
  ["Nairobi", -1.2921, 36.8219],
  ["Cape Town", -33.9249, 18.4241],
];

/** Lower case, accents and punctuation dropped, spaces collapsed: "São Paulo " -> "sao paulo". */
export function normaliseCity(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[.'’]/g, "")
    .replace(/[\s\-_]+/g, " ")
    .trim();
}

const TABLE: ReadonlyMap<string, readonly [number, number]> = new Map(
  CITIES.flatMap(([name, lat, lon, ...others]) => [name, ...others].map((alias) => [normaliseCity(alias), [lat, lon] as const] as const)),
);

/**
 * [lat, lon] of a city, or null. "Hong Kong / Shanghai" and "Tokyo/London" (two seats) take the
 * first; "Cambridge, MA" is tried whole before "Cambridge".
 */
export function cityCoordinates(city: string | undefined): readonly [number, number] | null {
  if (!city) return null;
  const whole = TABLE.get(normaliseCity(city));
  if (whole) return whole;
  const first = city.split(/[/;|,]/)[0];
  return first === undefined ? null : (TABLE.get(normaliseCity(first)) ?? null);
}

export const CITY_COUNT = CITIES.length;
