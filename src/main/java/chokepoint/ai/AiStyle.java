package chokepoint.ai;

/**
 * How an AI seat weighs its options: HAWKISH uses export controls, tariffs and security moves where it holds
 * leverage; COOPERATIVE founds and joins trade zones, holds summits, signs offtakes, stockpiles and does R&amp;D;
 * BALANCED mixes both.
 */
public enum AiStyle { HAWKISH, COOPERATIVE, BALANCED }
