/** What the cases' route files share: their OpenAPI tag. */
export const CASE_TAGS = ['protection cases'];
