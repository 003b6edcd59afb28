// The recovery position [NHS-Zana], drawn side-on: lying on the side on the floor, head resting on
// the upper hand and tilted back, lower arm out in front, upper knee bent so they cannot roll over.

/**
 * Inline drawing of the recovery position with a text alternative; the steps are listed beside it.
 */
export function RecoveryPosition() {
  return (
    <svg
      class="recovery-svg"
      viewBox="0 78 320 88"
      role="img"
      aria-labelledby="recovery-title recovery-desc"
    >
      <title id="recovery-title">The recovery position</title>
      <desc id="recovery-desc">
        The person lies on their side on the floor. Their head rests on the back of their upper hand
        and is tilted back so they can breathe. Their lower arm lies out in front of them. Their
        upper knee is bent and rests on the floor, so they cannot roll onto their face. The lower
        leg is straight.
      </desc>
      <line
        x1="6"
        y1="156"
        x2="314"
        y2="156"
        stroke="currentColor"
        stroke-width="3"
        opacity="0.6"
      />
      <g fill="none" stroke="currentColor" stroke-linecap="round" stroke-linejoin="round">
        {/* Lower arm, out in front along the floor. */}
        <path d="M92 146 L56 150 L16 150" stroke-width="9" />
        {/* Torso on the floor, then the straight lower leg. */}
        <path d="M84 130 L182 136" stroke-width="28" />
        <path d="M182 144 L300 148" stroke-width="14" />
        {/* Upper leg: knee bent forward and down to the floor, foot back by the other knee. */}
        <path d="M180 128 L226 104 L262 146" stroke-width="15" />
        {/* Upper arm: elbow forward, back of the hand under the cheek. */}
        <path d="M96 122 L90 98 L54 134" stroke-width="9" />
        {/* Head tilted back: chin up and forward, so the airway stays open. */}
        <circle cx="46" cy="118" r="19" stroke-width="5" />
        <path d="M30 128 L22 136" stroke-width="5" />
      </g>
      <circle cx="50" cy="139" r="7" fill="currentColor" />
    </svg>
  );
}
